import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AcceptanceRow } from '../../../../../shared/features/proposals';
import { useFormats } from '../../../app/useFormats';

/** One grouping of the acceptance report: counts by outcome, the acceptance rate and the AUM added. */
export function AcceptanceTable<R extends AcceptanceRow>({
  title,
  rows,
  keyLabel,
  label = (key) => key,
  testId,
}: {
  title: string;
  rows: readonly R[];
  keyLabel: string;
  label?: (key: string) => string;
  testId: string;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <Card size="small" title={<h2 className="card-title">{title}</h2>}>
      <Table<R>
        size="small"
        rowKey="key"
        data-testid={testId}
        pagination={{ pageSize: 12, hideOnSinglePage: true }}
        dataSource={[...rows]}
        locale={{
          emptyText: <Typography.Text type="secondary">{t('proposals.reportEmpty')}</Typography.Text>,
        }}
        columns={[
          { title: keyLabel, key: 'key', render: (_, row) => label(row.key) },
          { title: t('proposals.presentedCount'), dataIndex: 'presented', align: 'right' },
          { title: t('proposals.acceptedOnly'), dataIndex: 'accepted', align: 'right' },
          { title: t('proposals.partlyCount'), dataIndex: 'partlyAccepted', align: 'right' },
          { title: t('proposals.declinedCount'), dataIndex: 'declined', align: 'right' },
          { title: t('proposals.expiredCount'), dataIndex: 'expired', align: 'right' },
          {
            title: t('proposals.acceptanceRate'),
            key: 'rate',
            align: 'right',
            render: (_, row) =>
              row.acceptanceRate === null ? '—' : `${(row.acceptanceRate * 100).toFixed(1)}%`,
          },
          {
            title: t('proposals.aumAdded'),
            key: 'aum',
            align: 'right',
            render: (_, row) => formats.twd(row.aumAddedTwd),
          },
        ]}
      />
    </Card>
  );
}
