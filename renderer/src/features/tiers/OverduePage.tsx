import { useState } from 'react';
import { Alert, App, Button, DatePicker, Flex, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  SERVICE_KIND_WORDS,
  SERVICE_KINDS,
  type OverdueQuery,
  type OverdueRow,
  type ServiceKind,
} from '../../../../shared/features/tiers';
import { PageTitle } from '../../app/PageTitle';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { clientPaths } from '../clients';
import { useTierName } from './useTierNames';

/** Rows per page of the list, each page asked of the core. */
const PAGE_SIZE = 50;

/**
 * 客戶分級: clients whose contact, portfolio review or KYC re-assessment is due or late on a day,
 * by tier and most late first, each opening the dossier; and the recompute of every client's tier.
 */
export function OverduePage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const formats = useFormats();
  const errorText = useErrorText();
  const tierName = useTierName();
  const { tiers } = useSettings().settings;
  const [tier, setTier] = useState<string | undefined>();
  const [kind, setKind] = useState<ServiceKind | undefined>();
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [page, setPage] = useState(1);
  const query: OverdueQuery = {
    ...(tier ? { tier } : {}),
    ...(kind ? { kind } : {}),
    ...(asOf ? { asOf: asOf.format('YYYY-MM-DD') } : {}),
    // A whole book's list runs to thousands of rows: the core sends the page in view.
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  };
  const overdue = useChannelQuery('tiers.overdue', query);
  const recompute = useChannelMutation('tiers.recompute', {
    onSuccess: (done) => void message.success(t('tiers.recomputed', done)),
  });
  const recomputedAt = overdue.data?.recomputedAt ?? null;

  return (
    <section aria-labelledby="tiers-title">
      <Flex justify="space-between" align="center" wrap gap="small">
        <PageTitle id="tiers-title">{t('tiers.pageTitle')}</PageTitle>
        <Button
          type="primary"
          loading={recompute.isPending}
          onClick={() => recompute.mutate({})}
          data-testid="tiers-recompute"
        >
          {t('tiers.recompute')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" data-testid="tiers-recomputed-at">
        {recomputedAt
          ? t('tiers.recomputedAt', { at: formats.timestamp(recomputedAt) })
          : t('tiers.neverRecomputed')}
      </Typography.Paragraph>
      {recompute.error ? <Alert type="error" showIcon title={errorText(recompute.error)} /> : null}
      <Flex gap="middle" wrap>
        <label>
          {t('tiers.filterTier')}{' '}
          <Select<string>
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('tiers.all')}
            aria-label={t('tiers.filterTier')}
            value={tier}
            onChange={(value) => {
              setTier(value);
              setPage(1);
            }}
            options={tiers.tiers.map((option) => ({ value: option.key, label: option.name[language] }))}
            data-testid="tiers-filter-tier"
          />
        </label>
        <label>
          {t('tiers.filterKind')}{' '}
          <Select<ServiceKind>
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('tiers.all')}
            aria-label={t('tiers.filterKind')}
            value={kind}
            onChange={(value) => {
              setKind(value);
              setPage(1);
            }}
            options={SERVICE_KINDS.map((value) => ({ value, label: SERVICE_KIND_WORDS[value][language] }))}
            data-testid="tiers-filter-kind"
          />
        </label>
        <label>
          {t('tiers.asOf')}{' '}
          <DatePicker
            value={asOf}
            onChange={(value) => {
              setAsOf(value);
              setPage(1);
            }}
            format={formats.picker}
            aria-label={t('tiers.asOf')}
            data-testid="tiers-as-of"
          />
        </label>
      </Flex>
      {overdue.error ? <Alert type="error" showIcon title={errorText(overdue.error)} /> : null}
      <Table<OverdueRow>
        size="small"
        loading={overdue.isLoading}
        dataSource={overdue.data?.rows ?? []}
        rowKey={(row) => `${row.clientId}:${row.kind}`}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: overdue.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (count) => t('tiers.count', { count }),
        }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('tiers.noneOverdue')}</Typography.Text> }}
        data-testid="tiers-overdue"
        columns={[
          {
            key: 'client',
            title: t('tiers.client'),
            render: (_, row) => <Link to={clientPaths.dossier(row.clientId)}>{row.clientName}</Link>,
          },
          { key: 'tier', title: t('tiers.tier'), render: (_, row) => tierName(row.tierKey) },
          { key: 'kind', title: t('tiers.kind'), render: (_, row) => SERVICE_KIND_WORDS[row.kind][language] },
          {
            key: 'last',
            title: t('tiers.last'),
            render: (_, row) => (row.last ? formats.date(row.last) : t('tiers.never')),
          },
          { key: 'due', title: t('tiers.dueOn'), render: (_, row) => formats.date(row.dueOn) },
          {
            key: 'late',
            title: t('tiers.daysLate'),
            align: 'right',
            render: (_, row) =>
              row.daysLate === 0 ? (
                <Tag>{t('tiers.dueToday')}</Tag>
              ) : (
                t('tiers.daysLateValue', { count: row.daysLate })
              ),
          },
        ]}
      />
    </section>
  );
}
