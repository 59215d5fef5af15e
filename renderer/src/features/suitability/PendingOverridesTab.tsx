import { useState } from 'react';
import { Alert, Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Override } from '../../../../shared/features/suitability';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { clientPaths } from '../clients';
import { OverrideDecisionDialog } from './OverrideDecisionDialog';
import { suitabilityPaths } from './paths';

/** 合規 › 待核准例外: overrides awaiting a supervisor, oldest concern first to hand; each row opens its client. */
export function PendingOverridesTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const pending = useChannelQuery('suitability.overrides', { status: 'pending' });
  const [deciding, setDeciding] = useState<Override | null>(null);

  const columns: TableColumnsType<Override> = [
    {
      title: t('overrides.requestedAt'),
      dataIndex: 'requestedAt',
      width: 170,
      render: (at: string) => formats.timestamp(at),
    },
    {
      title: t('overrides.client'),
      key: 'client',
      width: 140,
      render: (_, o) => (
        <Link to={clientPaths.dossier(o.clientId)} data-testid="override-client-link">
          {o.clientName ?? '—'}
        </Link>
      ),
    },
    { title: t('overrides.finding'), key: 'finding', render: (_, o) => o.message[language] },
    { title: t('overrides.reason'), dataIndex: 'reason', ellipsis: true },
    {
      title: t('overrides.requestedBy'),
      dataIndex: 'requestedBy',
      width: 110,
      render: (by: string | null) => by ?? '—',
    },
    {
      title: t('overrides.actions'),
      key: 'actions',
      width: 200,
      render: (_, o) => (
        <Flex gap="small">
          <Button size="small" data-testid="override-row-decide" onClick={() => setDeciding(o)}>
            {t('suitability.decide')}
          </Button>
          <Link to={suitabilityPaths.check(o.clientId)} data-testid="override-row-check">
            {t('overrides.openCheck')}
          </Link>
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Typography.Text type="secondary">{t('overrides.intro')}</Typography.Text>
      {pending.error ? <Alert type="error" showIcon title={errorText(pending.error.info)} /> : null}
      <Table<Override>
        data-testid="pending-overrides"
        size="small"
        rowKey="id"
        loading={pending.isFetching && !pending.error}
        dataSource={pending.data?.items ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('overrides.none')}</Typography.Text> }}
      />
      <OverrideDecisionDialog override={deciding} onClose={() => setDeciding(null)} />
    </Flex>
  );
}
