import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  SERIES_KINDS,
  SERIES_KIND_WORDS,
  measureOf,
  type SeriesFigures,
  type SeriesKind,
  type SeriesSummary,
} from '../../../../shared/features/market-data';
import { PageTitle } from '../../app/PageTitle';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { FX_RATE_QUERIES } from '../../app/useFxRates';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { ImportMarketDataButton } from './ImportDialog';
import { SeriesBadges } from './SeriesBadges';
import { levelText, periodText } from './figureText';
import { marketPaths } from './paths';
import { useSeriesFigures } from './useSeriesFigures';

const NONE = {};
const LIST_PERIODS = ['1M', 'YTD', '1Y'] as const;

/** 市場資料: every series by kind, with its last point, its 1M/YTD/1Y figures and its freshness. */
export function MarketPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { data, error } = useChannelQuery('market.seriesList', NONE);
  const series = data?.series ?? [];
  const figures = useSeriesFigures(series);
  const formats = useFormats();

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <PageTitle>{t('nav.market')}</PageTitle>
        <Flex gap="small" wrap>
          <ImportMarketDataButton />
          <SampleLoadButton />
        </Flex>
      </Flex>
      {data ? (
        <Typography.Text type="secondary">
          {t('market.today', { date: formats.date(data.today) })}
        </Typography.Text>
      ) : null}
      {error ? <Alert type="error" showIcon message={errorText(error)} /> : null}
      {!data && !error ? <Spin /> : null}
      {data && series.length === 0 ? <Empty description={t('market.empty')} /> : null}
      {SERIES_KINDS.map((kind) => {
        const ofKind = series.filter((s) => s.kind === kind);
        return ofKind.length === 0 ? null : (
          <KindTable key={kind} kind={kind} series={ofKind} figures={figures} />
        );
      })}
    </Flex>
  );
}

function KindTable({
  kind,
  series,
  figures,
}: {
  kind: SeriesKind;
  series: SeriesSummary[];
  figures: Map<string, SeriesFigures>;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const kindWord = SERIES_KIND_WORDS[kind][language];
  const headingId = `market-kind-${kind}`;
  return (
    <section aria-labelledby={headingId}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 18 }}>
        {kindWord}
      </Typography.Title>
      <Table<SeriesSummary>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={series}
        aria-label={t('market.tableLabel', { kind: kindWord })}
        data-testid={`market-table-${kind}`}
        columns={[
          {
            title: t('market.col.name'),
            key: 'name',
            render: (_, s) => (
              <Link to={marketPaths.series(s.code)} data-testid={`market-series-${s.code}`}>
                {language === 'zh-TW' ? s.nameZh : s.nameEn}
              </Link>
            ),
          },
          { title: t('market.col.code'), dataIndex: 'code' },
          {
            title: t('market.col.lastDate'),
            key: 'lastDate',
            render: (_, s) => (s.lastDate ? formats.date(s.lastDate) : '—'),
          },
          {
            title: t('market.col.lastValue'),
            key: 'lastValue',
            align: 'right',
            render: (_, s) => levelText(s.lastValue),
          },
          ...LIST_PERIODS.map((period) => ({
            title: period,
            key: period,
            align: 'right' as const,
            render: (_: unknown, s: SeriesSummary) =>
              periodText(figures.get(s.code)?.returns[period] ?? null, measureOf(s.kind), language),
          })),
          {
            title: t('market.col.status'),
            key: 'status',
            render: (_, s) => <SeriesBadges series={s} />,
          },
        ]}
      />
    </section>
  );
}

/** 載入範例資料: five years of the main series, marked as sample; series with real data are left alone. */
function SampleLoadButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const load = useChannelMutation('market.sampleLoad', {
    invalidates: FX_RATE_QUERIES,
    onSuccess: (value) => void message.success(t('market.sampleLoaded', value)),
    onError: (error) => void message.error(errorText(error)),
  });
  return (
    <Button
      icon={<ExperimentOutlined />}
      loading={load.isPending}
      onClick={() => load.mutate({})}
      data-testid="market-sample-load"
    >
      {t('market.sampleLoad')}
    </Button>
  );
}
