import { useMemo, useState } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, DatePicker, Flex, Segmented, Select, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MarketLineChart } from '../../../../shared/charts/MarketLineChart';
import type { MarketLine } from '../../../../shared/charts/market-line-data';
import type { Point, SeriesSummary } from '../../../../shared/features/market-data';
import { PageTitle } from '../../app/PageTitle';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { CorrelationTable, ReturnsTable } from './FiguresTables';
import { SeriesBadges } from './SeriesBadges';
import { levelText } from './figureText';
import { marketPaths } from './paths';
import { CHART_RANGES, rangeStart, type ChartRange } from './ranges';

const NONE = {};
const CHART_HEIGHT = 360;
const MAX_COMPARED = 7;

type Range = { preset: ChartRange } | { from: string; to: string };

/** The points of a range: those from its start to its end. */
function inRange(points: readonly Point[], from: string, to: string): Point[] {
  return points.filter((p) => p.date >= from && p.date <= to);
}

/**
 * One series: its chart over a chosen period (1M…5Y or custom dates), other series to compare
 * (then all rebased to 100), the returns table and the correlations of the shown series.
 */
export function SeriesPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const [range, setRange] = useState<Range>({ preset: '1Y' });
  const [compared, setCompared] = useState<string[]>([]);
  const list = useChannelQuery('market.seriesList', NONE);
  const codes = [code, ...compared];
  const points = useChannelQuery('market.points', { codes });
  const all = list.data?.series ?? [];
  const summaries = codes.flatMap((c) => all.filter((s) => s.code === c));
  const series = summaries[0];
  const name = (s: SeriesSummary) => (language === 'zh-TW' ? s.nameZh : s.nameEn);

  const end = series?.lastDate ?? list.data?.today ?? '';
  const from = 'preset' in range ? rangeStart(range.preset, end) : range.from;
  const to = 'preset' in range ? end : range.to;
  const pointsOf = useMemo(
    () => new Map((points.data?.series ?? []).map((s) => [s.code, s.points as Point[]])),
    [points.data],
  );
  const lines: MarketLine[] = summaries.map((s) => ({
    key: s.code,
    label: name(s),
    points: inRange(pointsOf.get(s.code) ?? [], from, to),
  }));
  const rebased = compared.length > 0;

  if (list.error) return <Alert type="error" showIcon message={errorText(list.error)} />;
  if (!list.data) return <Spin />;
  if (!series) return <Alert type="error" showIcon message={t('market.noData')} />;

  return (
    <Flex vertical gap="middle">
      <Link to={marketPaths.list}>
        <ArrowLeftOutlined /> {t('market.back')}
      </Link>
      <Flex align="center" gap="small" wrap>
        <PageTitle testId="market-series-title">{`${name(series)}（${series.code}）`}</PageTitle>
        <SeriesBadges series={series} />
      </Flex>
      <Typography.Text type="secondary">
        {[
          t('market.col.lastDate') + ' ' + (series.lastDate ? formats.date(series.lastDate) : '—'),
          t('market.col.lastValue') + ' ' + levelText(series.lastValue),
          t('market.unit', { unit: series.unit }),
          t('market.source', { source: series.source }),
        ].join('　')}
      </Typography.Text>
      <Flex gap="middle" wrap align="center">
        <Segmented<string>
          aria-label={t('market.range')}
          data-testid="market-range"
          value={'preset' in range ? range.preset : 'custom'}
          options={[
            ...CHART_RANGES.map((r) => ({ value: r, label: r })),
            { value: 'custom', label: t('market.range.custom') },
          ]}
          onChange={(value) => setRange(value === 'custom' ? { from, to } : { preset: value as ChartRange })}
        />
        <DatePicker.RangePicker
          aria-label={t('market.range.pick')}
          data-testid="market-range-dates"
          format={formats.picker}
          allowClear={false}
          value={[dayjs(from), dayjs(to)]}
          onChange={(dates: [Dayjs | null, Dayjs | null] | null) => {
            const [a, b] = dates ?? [];
            if (a && b) setRange({ from: a.format('YYYY-MM-DD'), to: b.format('YYYY-MM-DD') });
          }}
        />
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 320 }}
          aria-label={t('market.compare')}
          placeholder={t('market.comparePlaceholder')}
          data-testid="market-compare"
          value={compared}
          maxCount={MAX_COMPARED}
          optionFilterProp="label"
          onChange={setCompared}
          options={all
            .filter((s) => s.code !== code && s.lastDate !== null)
            .map((s) => ({ value: s.code, label: `${name(s)}（${s.code}）` }))}
        />
      </Flex>
      <div data-testid="market-chart" className="market-chart">
        {points.isPending ? (
          <Spin />
        ) : (
          <MarketLineChart
            lines={lines}
            mode={rebased ? 'rebased' : 'level'}
            formatValue={(v) => (rebased ? v.toFixed(0) : levelText(v))}
            formatDate={(d) => formats.date(d)}
            emptyText={t('market.chartEmpty')}
            baseLabel={t('market.rebasedNote')}
            title={rebased ? t('market.chartTitleRebased') : t('market.chartTitle', { name: name(series) })}
            width={880}
            height={CHART_HEIGHT}
          />
        )}
      </div>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ReturnsTable series={summaries} pointsOf={pointsOf} />
        <CorrelationTable lines={lines} />
      </Space>
    </Flex>
  );
}
