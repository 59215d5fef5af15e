import { Card, Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProposalAnalysis, Trade } from '../../../../shared/features/proposals';
import { ASSET_CLASS_WORDS } from '../../../../shared/features/products';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';
import { ProposalCharts } from './ProposalCharts';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/**
 * A proposal's numbers: the charts (allocation, frontier, Monte Carlo fan, stress, risk
 * contribution), the headline figures and the rebalancing trades with their fees. The authoring
 * screen shows the live analysis, a presented proposal its frozen one.
 */
export function AnalysisView({
  analysis,
  goalNames,
  startDay,
}: {
  analysis: ProposalAnalysis;
  goalNames: readonly string[];
  /** The day the simulation starts from (today while editing, the presented day after). */
  startDay: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const { current, proposed } = analysis.figures;
  const both = (pick: (f: NonNullable<typeof current>) => string) =>
    `${current ? pick(current) : '—'} → ${pick(proposed)}`;
  return (
    <>
      <Card size="small" title={<h2 className="card-title">{t('proposals.figures')}</h2>}>
        <Descriptions
          size="small"
          // Two columns only on a wide window: at 1366 the long labels squeezed the figures to a digit a line.
          column={{ xs: 1, sm: 1, md: 1, lg: 1, xl: 1, xxl: 2 }}
          className="proposal-figures"
          data-testid="proposal-figures"
          items={[
            {
              key: 'investable',
              label: t('proposals.investable'),
              children: formats.twd(analysis.investableTwd),
            },
            {
              key: 'return',
              label: t('proposals.expectedReturn'),
              children: both((f) => pct(f.expectedReturn)),
            },
            { key: 'vol', label: t('proposals.volatility'), children: both((f) => pct(f.volatility)) },
            { key: 'var', label: t('proposals.var95'), children: both((f) => pct(f.var95)) },
            { key: 'cvar', label: t('proposals.cvar95'), children: both((f) => pct(f.cvar95)) },
            { key: 'dd', label: t('proposals.maxDrawdown'), children: both((f) => pct(f.maxDrawdown95)) },
          ]}
        />
      </Card>
      <ProposalCharts analysis={analysis} goalNames={goalNames} startDay={startDay} />
      <Card size="small" title={<h2 className="card-title">{t('proposals.trades')}</h2>}>
        <Table<Trade>
          size="small"
          data-testid="proposal-trades"
          pagination={false}
          rowKey={(trade, index) =>
            `${trade.side}-${trade.productId ?? trade.positionId ?? ''}-${index ?? 0}`
          }
          dataSource={analysis.trades}
          locale={{
            emptyText: <Typography.Text type="secondary">{t('proposals.noTrades')}</Typography.Text>,
          }}
          columns={[
            {
              title: t('proposals.tradeSide'),
              key: 'side',
              render: (_, tr) => t(`proposals.side.${tr.side}`),
            },
            { title: t('proposals.tradeWhat'), dataIndex: 'label' },
            {
              title: t('proposals.assetClass'),
              key: 'class',
              render: (_, tr) => ASSET_CLASS_WORDS[tr.assetClass][language],
            },
            {
              title: t('proposals.tradeValue'),
              key: 'value',
              align: 'right',
              render: (_, tr) => formats.twd(tr.valueTwd),
            },
            {
              title: t('proposals.tradeFee'),
              key: 'fee',
              align: 'right',
              render: (_, tr) => `${formats.twd(tr.feeTwd)} (${tr.feePercent}%)`,
            },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={4}>
                {t('proposals.tradeFeesTotal')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <span data-testid="proposal-trade-fees">{formats.twd(analysis.tradeFeesTwd)}</span>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Card>
    </>
  );
}
