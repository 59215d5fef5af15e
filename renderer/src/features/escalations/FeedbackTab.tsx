import { useState } from 'react';
import {
  Alert,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { clientColumn } from './clientColumn';
import {
  FEEDBACK_TAG_WORDS,
  FEEDBACK_TAGS,
  FEEDBACK_TOPIC_WORDS,
  FEEDBACK_TOPICS,
  type Feedback,
  type FeedbackTag,
  type FeedbackTopic,
} from '../../../../shared/features/escalations';
import { today } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { FormDialog, isoDay } from '../../lib/FormDialog';
import { useDialogErrors } from '../../lib/useDialogErrors';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { ClientPicker } from '../clients';
import { ESCALATION_PREFIXES } from './EscalationDialogs';

interface NewFeedback {
  clientId: string;
  receivedOn: Dayjs;
  topic: FeedbackTopic;
  tags: FeedbackTag[];
  summary: string;
}

/** 登錄客戶回饋: what the client said, about what, filed under the analysis tags. */
function AddFeedbackDialog({
  open,
  clientId,
  onClose,
}: {
  open: boolean;
  clientId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const { timeZone } = useSettings().settings;
  const [form] = Form.useForm<NewFeedback>();
  const onError = useDialogErrors(form);
  const add = useChannelMutation('feedback.add', {
    invalidates: ESCALATION_PREFIXES,
    onSuccess: onClose,
    onError,
  });
  return (
    <FormDialog<NewFeedback>
      open={open}
      title={t('feedback.add')}
      form={form}
      initialValues={{
        ...(clientId ? { clientId } : {}),
        receivedOn: dayjs(today(timeZone)),
        topic: 'market_view',
        tags: [],
      }}
      ok={{ text: t('common.save'), loading: add.isPending, testId: 'feedback-save' }}
      onCancel={onClose}
      onSubmit={(v) =>
        add.mutate({
          data: {
            clientId: v.clientId,
            receivedOn: isoDay(v.receivedOn),
            topic: v.topic,
            tags: v.tags,
            summary: v.summary,
            productId: null,
          },
        })
      }
    >
      {clientId ? null : (
        <Form.Item name="clientId" label={t('escalations.client')} rules={[{ required: true }]}>
          <ClientPicker knownNames={{}} aria-label={t('escalations.client')} />
        </Form.Item>
      )}
      <Form.Item name="receivedOn" label={t('feedback.receivedOn')} rules={[{ required: true }]}>
        <DatePicker format={formats.picker} allowClear={false} />
      </Form.Item>
      <Form.Item name="topic" label={t('feedback.topic')}>
        <Select
          data-testid="feedback-topic"
          options={FEEDBACK_TOPICS.map((topic) => ({
            value: topic,
            label: FEEDBACK_TOPIC_WORDS[topic][language],
          }))}
        />
      </Form.Item>
      <Form.Item
        name="tags"
        label={t('feedback.tags')}
        rules={[{ required: true, message: t('feedback.tagsRequired') }]}
      >
        <Select
          mode="multiple"
          data-testid="feedback-tags"
          options={FEEDBACK_TAGS.map((tag) => ({ value: tag, label: FEEDBACK_TAG_WORDS[tag][language] }))}
        />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('feedback.summary')}
        rules={[{ required: true, whitespace: true, message: t('feedback.summaryRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="feedback-summary" />
      </Form.Item>
    </FormDialog>
  );
}

/** 客戶回饋: what clients said about products, service and markets, newest first. */
export function FeedbackTab({ clientId }: { clientId?: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const [adding, setAdding] = useState(false);
  const list = useChannelQuery('feedback.list', clientId ? { clientId } : {});
  const columns: TableColumnsType<Feedback> = [
    {
      title: t('feedback.receivedOn'),
      dataIndex: 'receivedOn',
      width: 110,
      render: (d: string) => formats.date(d),
    },
    ...(clientId ? [] : [clientColumn<Feedback>(t)]),
    {
      title: t('feedback.topic'),
      dataIndex: 'topic',
      width: 100,
      render: (topic: FeedbackTopic) => FEEDBACK_TOPIC_WORDS[topic][language],
    },
    {
      title: t('feedback.tags'),
      dataIndex: 'tags',
      width: 200,
      render: (tags: FeedbackTag[]) =>
        tags.map((tag) => <Tag key={tag}>{FEEDBACK_TAG_WORDS[tag][language]}</Tag>),
    },
    { title: t('feedback.summary'), dataIndex: 'summary' },
  ];
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Text type="secondary">{t('feedback.intro')}</Typography.Text>
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="feedback-add">
          {t('feedback.add')}
        </Button>
      </Flex>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error.info)} /> : null}
      <Table<Feedback>
        data-testid="feedback-table"
        size="small"
        rowKey="id"
        loading={list.isFetching && !list.error}
        dataSource={list.data ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('feedback.none')}</Typography.Text> }}
      />
      <AddFeedbackDialog open={adding} onClose={() => setAdding(false)} {...(clientId ? { clientId } : {})} />
    </Flex>
  );
}
