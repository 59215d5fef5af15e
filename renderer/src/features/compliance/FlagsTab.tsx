import { useState } from 'react';
import {
  Alert,
  Button,
  Flex,
  Form,
  Input,
  Switch,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTACT_FIELD_WORDS, type MisconductFlag } from '../../../../shared/features/compliance';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { clientPaths } from '../clients';
import { COMPLIANCE_PREFIXES } from './ComplaintDialogs';
import { FormDialog } from '../../lib/FormDialog';
import { useDialogErrors } from '../../lib/useDialogErrors';

type FlagParty = MisconductFlag['parties'][number];

function PartyName({ party }: { party: FlagParty }) {
  const { t } = useTranslation();
  return party.clientId === null ? (
    <span>
      <Tag>{t('flags.advisor')}</Tag>
      {party.name}
    </span>
  ) : (
    <Link to={clientPaths.dossier(party.clientId)}>{party.name}</Link>
  );
}

function ReviewDialog({ flag, onClose }: { flag: MisconductFlag | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const onError = useDialogErrors(form, []);
  const review = useChannelMutation('compliance.reviewFlag', {
    invalidates: COMPLIANCE_PREFIXES,
    onSuccess: onClose,
    onError,
  });
  return (
    <FormDialog<{ note: string }>
      open={flag !== null}
      title={t('flags.reviewTitle')}
      form={form}
      ok={{ text: t('flags.markReviewed'), loading: review.isPending, testId: 'flag-review-save' }}
      onCancel={onClose}
      onSubmit={(v) => flag && review.mutate({ key: flag.key, note: v.note })}
    >
      <Form.Item name="note" label={t('flags.note')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea maxLength={1000} rows={3} data-testid="flag-review-note" />
      </Form.Item>
    </FormDialog>
  );
}

/** 合規 › 聯絡資料相同: an advisor and a client, or unrelated clients, sharing an address, email or phone. */
export function FlagsTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const [includeReviewed, setIncludeReviewed] = useState(false);
  const [reviewing, setReviewing] = useState<MisconductFlag | null>(null);
  const list = useChannelQuery('compliance.flags', includeReviewed ? { includeReviewed } : {});

  const columns: TableColumnsType<MisconductFlag> = [
    {
      title: t('flags.field'),
      dataIndex: 'field',
      width: 110,
      render: (f: MisconductFlag['field']) => CONTACT_FIELD_WORDS[f][language],
    },
    { title: t('flags.first'), key: 'a', render: (_, f) => <PartyName party={f.parties[0]} /> },
    { title: t('flags.second'), key: 'b', render: (_, f) => <PartyName party={f.parties[1]} /> },
    {
      title: t('flags.review'),
      key: 'review',
      render: (_, f) =>
        f.review === null ? (
          <Button size="small" onClick={() => setReviewing(f)} data-testid="flag-review">
            {t('flags.markReviewed')}
          </Button>
        ) : (
          <Flex vertical>
            <span>{f.review.note}</span>
            <Typography.Text type="secondary">
              {f.review.reviewer} · {formats.timestamp(f.review.reviewedAt)}
            </Typography.Text>
          </Flex>
        ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Text type="secondary">{t('flags.intro')}</Typography.Text>
        <label className="inline-switch">
          <Switch
            checked={includeReviewed}
            onChange={setIncludeReviewed}
            data-testid="flags-include-reviewed"
          />{' '}
          {t('flags.includeReviewed')}
        </label>
      </Flex>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error.info)} /> : null}
      <Table<MisconductFlag>
        data-testid="flags-table"
        size="small"
        rowKey="key"
        loading={list.isFetching && !list.error}
        dataSource={list.data ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('flags.none')}</Typography.Text> }}
      />
      <ReviewDialog flag={reviewing} onClose={() => setReviewing(null)} />
    </Flex>
  );
}
