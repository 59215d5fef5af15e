import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MarketLine } from '../../../../shared/charts/market-line-data';
import {
  PERIODS,
  correlationMatrix,
  figuresOf,
  measureOf,
  type Point,
  type SeriesFigures,
  type SeriesSummary,
} from '../../../../shared/features/market-data';
import { useLanguage } from '../../app/language';
import { correlationText, percentText, periodText } from './figureText';

type FiguresRow = { series: SeriesSummary; figures: SeriesFigures };

/** 報酬表: 1M/3M/YTD/1Y/3Y, 1-year volatility and the maximum drawdown of each shown series. */
export function ReturnsTable({
  series,
  pointsOf,
}: {
  series: readonly SeriesSummary[];
  pointsOf: Map<string, Point[]>;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rows: FiguresRow[] = series.map((s) => ({
    series: s,
    figures: figuresOf(pointsOf.get(s.code) ?? [], s.kind),
  }));
  return (
    <section aria-labelledby="market-returns-title">
      <Typography.Title level={2} id="market-returns-title" style={{ fontSize: 18 }}>
        {t('market.returnsTitle')}
      </Typography.Title>
      <Table<FiguresRow>
        size="small"
        rowKey={(r) => r.series.code}
        pagination={false}
        dataSource={rows}
        data-testid="market-returns"
        columns={[
          {
            title: t('market.col.series'),
            key: 'series',
            render: (_, r) => (language === 'zh-TW' ? r.series.nameZh : r.series.nameEn),
          },
          ...PERIODS.map((period) => ({
            title: period,
            key: period,
            align: 'right' as const,
            render: (_: unknown, r: FiguresRow) =>
              periodText(r.figures.returns[period], measureOf(r.series.kind), language),
          })),
          {
            title: t('market.col.volatility'),
            key: 'volatility',
            align: 'right',
            render: (_, r) => percentText(r.figures.volatility1Y),
          },
          {
            title: t('market.col.maxDrawdown'),
            key: 'maxDrawdown',
            align: 'right',
            render: (_, r) => percentText(r.series.kind === 'rate' ? null : r.figures.maxDrawdown),
          },
        ]}
      />
      <Typography.Text type="secondary">{t('market.returnsNote')}</Typography.Text>
    </section>
  );
}

/** 相關係數 of the lines shown (over the chosen period), a symmetric table with 1 on the diagonal. */
export function CorrelationTable({ lines }: { lines: readonly MarketLine[] }) {
  const { t } = useTranslation();
  const matrix = correlationMatrix(lines.map((l) => l.points));
  type Row = { key: string; label: string; values: (number | null)[] };
  const rows: Row[] = lines.map((l, i) => ({ key: l.key, label: l.label, values: matrix[i]! }));
  return (
    <section aria-labelledby="market-correlation-title">
      <Typography.Title level={2} id="market-correlation-title" style={{ fontSize: 18 }}>
        {t('market.correlationTitle')}
      </Typography.Title>
      {lines.length < 2 ? (
        <Typography.Text type="secondary">{t('market.correlationNeedsTwo')}</Typography.Text>
      ) : (
        <Table<Row>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          data-testid="market-correlation"
          columns={[
            { title: t('market.col.series'), dataIndex: 'label', key: 'label' },
            ...lines.map((l, j) => ({
              title: l.label,
              key: l.key,
              align: 'right' as const,
              render: (_: unknown, r: Row) => correlationText(r.values[j] ?? null),
            })),
          ]}
        />
      )}
    </section>
  );
}
