import { useState } from 'react';
import { Alert, App, Button, Flex, Segmented, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_RECEIVED_VIA_WORDS,
  COMPLAINT_STATE_WORDS,
  OMBUDSMAN_STATE_WORDS,
  type Complaint,
  type ComplaintState,
} from '../../../../shared/features/compliance';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { AddComplaintDialog, COMPLIANCE_PREFIXES, ReplyDialog } from './ComplaintDialogs';
import { DeadlineTag } from './DeadlineTag';
import { receivedColumns } from './log-columns';

const NONE = '—';

/** 合規 › 客訴: the complaint log with the reply deadline and the Ombudsman window, overdue ones marked. */
export function ComplaintsTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [state, setState] = useState<ComplaintState | 'all'>('open');
  const [adding, setAdding] = useState(false);
  const [replying, setReplying] = useState<Complaint | null>(null);
  const list = useChannelQuery('complaints.list', state === 'all' ? {} : { state });
  const close = useChannelMutation('complaints.close', {
    invalidates: COMPLIANCE_PREFIXES,
    onError: (error) => void message.error(errorText(error)),
  });

  const columns: TableColumnsType<Complaint> = [
    ...receivedColumns<Complaint>(t, formats),
    {
      title: t('complaints.subject'),
      key: 'subject',
      render: (_, c) => (
        <Flex vertical>
          <span>{c.subject}</span>
          <Typography.Text type="secondary">
            {COMPLAINT_RECEIVED_VIA_WORDS[c.receivedVia][language]}
            {c.productName ? ` · ${c.productName}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('complaints.state'),
      dataIndex: 'state',
      width: 90,
      render: (s: ComplaintState) => COMPLAINT_STATE_WORDS[s][language],
    },
    {
      title: t('complaints.replyDue'),
      key: 'replyDue',
      width: 150,
      render: (_, c) =>
        c.repliedOn === null ? (
          <DeadlineTag day={c.replyDueOn} overdue={c.replyOverdue} testId="complaint-reply-due" />
        ) : (
          <span>
            {t('complaints.repliedAt', { day: formats.date(c.repliedOn) })}
            {c.replyOverdue ? <Tag color="error">{t('complaints.late')}</Tag> : null}
          </span>
        ),
    },
    {
      title: t('complaints.ombudsman'),
      key: 'ombudsman',
      width: 210,
      render: (_, c) =>
        c.ombudsmanUntil === null ? (
          <Typography.Text type="secondary" data-testid="complaint-ombudsman">
            {OMBUDSMAN_STATE_WORDS.not_applicable![language]}
          </Typography.Text>
        ) : (
          <span data-testid="complaint-ombudsman">
            {t('complaints.ombudsmanUntil', { day: formats.date(c.ombudsmanUntil) })}
            <br />
            <Typography.Text type="secondary">
              {OMBUDSMAN_STATE_WORDS[c.ombudsmanState]![language]}
            </Typography.Text>
          </span>
        ),
    },
    {
      title: t('complaints.actions'),
      key: 'actions',
      width: 110,
      render: (_, c) =>
        c.state === 'open' ? (
          <Button size="small" onClick={() => setReplying(c)} data-testid="complaint-reply">
            {t('complaints.replyAction')}
          </Button>
        ) : c.state === 'replied' ? (
          <Button
            size="small"
            loading={close.isPending}
            onClick={() => close.mutate({ id: c.id, version: c.version })}
            data-testid="complaint-close"
          >
            {t('complaints.closeAction')}
          </Button>
        ) : (
          NONE
        ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Text type="secondary">{t('complaints.intro')}</Typography.Text>
        <Flex gap="small">
          <Segmented<ComplaintState | 'all'>
            aria-label={t('complaints.state')}
            value={state}
            onChange={setState}
            options={[
              { value: 'open', label: COMPLAINT_STATE_WORDS.open[language] },
              { value: 'replied', label: COMPLAINT_STATE_WORDS.replied[language] },
              { value: 'closed', label: COMPLAINT_STATE_WORDS.closed[language] },
              { value: 'all', label: t('compliance.all') },
            ]}
          />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="complaint-add"
          >
            {t('complaints.add')}
          </Button>
        </Flex>
      </Flex>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error.info)} /> : null}
      <Table<Complaint>
        data-testid="complaints-table"
        size="small"
        rowKey="id"
        loading={list.isFetching && !list.error}
        dataSource={list.data ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('complaints.none')}</Typography.Text> }}
      />
      <AddComplaintDialog open={adding} onClose={() => setAdding(false)} />
      <ReplyDialog complaint={replying} onClose={() => setReplying(null)} />
    </Flex>
  );
}
