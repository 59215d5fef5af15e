import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssumptionsFile } from '../../../../shared/features/capital-markets';
import { useLanguage } from '../../app/language';
import { ScrollRegion } from './ScrollRegion';
import { className, toPercent } from './words';

type Asset = AssumptionsFile['assets'][number];

const percent = (fraction: number) => `${toPercent(fraction).toFixed(2)}%`;

/** One version's classes (name, currency, expected return, volatility, RR) and its correlation matrix. */
export function AssumptionsTables({ file }: { file: AssumptionsFile }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rows = file.assets.map((asset, index) => ({ asset, index }));
  return (
    <>
      <Typography.Text strong>{t('assumptions.classes')}</Typography.Text>
      <Table<{ asset: Asset; index: number }>
        size="small"
        rowKey={(r) => r.asset.id}
        data-testid="assumptions-classes"
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('assumptions.class'), key: 'name', render: (_, r) => className(r.asset, language) },
          { title: t('assumptions.currency'), key: 'currency', render: (_, r) => r.asset.currency },
          {
            title: t('assumptions.expectedReturn'),
            key: 'return',
            align: 'right',
            render: (_, r) => percent(r.asset.expectedReturn),
          },
          {
            title: t('assumptions.volatility'),
            key: 'volatility',
            align: 'right',
            render: (_, r) => percent(r.asset.volatility),
          },
          {
            title: t('assumptions.riskRating'),
            key: 'rr',
            align: 'center',
            render: (_, r) => (r.asset.riskRating ? `RR${r.asset.riskRating}` : '—'),
          },
        ]}
      />
      <Typography.Text strong>{t('assumptions.correlations')}</Typography.Text>
      <ScrollRegion label={t('assumptions.correlations')}>
        <Table<{ asset: Asset; index: number }>
          size="small"
          rowKey={(r) => r.asset.id}
          data-testid="assumptions-correlations"
          dataSource={rows}
          pagination={false}
          columns={[
            {
              title: t('assumptions.class'),
              key: 'name',
              render: (_, r) => <strong>{className(r.asset, language)}</strong>,
            },
            ...file.assets.map((column, j) => ({
              title: className(column, language),
              key: column.id,
              align: 'right' as const,
              render: (_: unknown, r: { index: number }) => (file.correlations[r.index]?.[j] ?? 0).toFixed(2),
            })),
          ]}
        />
      </ScrollRegion>
    </>
  );
}
