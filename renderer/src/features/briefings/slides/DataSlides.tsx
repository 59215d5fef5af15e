import { useTranslation } from 'react-i18next';
import { AllocationDonutChart } from '../../../../../shared/charts/AllocationDonutChart';
import { ComparisonBarChart } from '../../../../../shared/charts/ComparisonBarChart';
import { MarketLineChart } from '../../../../../shared/charts/MarketLineChart';
import type { Block, ResolvedData } from '../../../../../shared/features/briefings';
import { gradeLabel } from '../../../../../shared/features/kyc';
import { PERIODS } from '../../../../../shared/features/market-data';
import { ASSET_CLASS_WORDS } from '../../../../../shared/features/products';
import { useLanguage } from '../../../app/language';
import { useFormats } from '../../../app/useFormats';
import { FootNote, SlideHeading, SlideTable, SourcesNote, useSeriesName } from './parts';
import { percentText, SLIDE_WIDTH, type SlideTheme } from './theme';

/**
 * The slides drawn from market data and portfolios, with the shared charts the deck PDF draws
 * (MarketLineChart, AllocationDonutChart, ComparisonBarChart), so the screen and the page agree.
 */

type BlockOf<K extends Block['kind']> = Extract<Block, { kind: K }>;
type DataOf<K extends ResolvedData['kind']> = Extract<ResolvedData, { kind: K }>;

/** The room a chart gets inside the slide's padding, in logical pixels. */
const CHART_WIDTH = SLIDE_WIDTH - 112;

const numberText = (value: number) =>
  value.toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) >= 1000 ? 0 : 2 });

export function MarketChartSlide({
  block,
  data,
  theme,
}: {
  block: BlockOf<'marketChart'>;
  data: DataOf<'marketChart'>;
  theme: SlideTheme;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  const nameOf = useSeriesName();
  const lines = data.series.map((s) => ({ key: s.code, label: nameOf(s), points: s.points }));
  const chartHeight = block.commentary ? 400 : 480;
  // The standard palette's type is sized for a page: drawn smaller and zoomed, it reads on a slide.
  const zoom = theme.palette === 'projection' ? 1 : 1.6;
  return (
    <>
      <SlideHeading theme={theme}>{block.title || lines.map((l) => l.label).join('、')}</SlideHeading>
      <div style={{ zoom }}>
        <MarketLineChart
          lines={lines}
          mode={block.rebased ? 'rebased' : 'level'}
          formatValue={numberText}
          formatDate={(date) => formats.date(date)}
          emptyText={t('deckSlide.noData')}
          baseLabel={t('deckSlide.rebasedNote')}
          width={Math.round(CHART_WIDTH / zoom)}
          height={Math.round(chartHeight / zoom)}
          palette={theme.palette}
        />
      </div>
      {block.commentary ? (
        <p style={{ margin: '12px 0 0', fontSize: theme.body * 0.9, fontWeight: theme.weight }}>
          {block.commentary}
        </p>
      ) : null}
      <SourcesNote theme={theme} series={data.series} />
    </>
  );
}

export function ReturnsTableSlide({
  block,
  data,
  theme,
}: {
  block: BlockOf<'returnsTable'>;
  data: DataOf<'returnsTable'>;
  theme: SlideTheme;
}) {
  const { t } = useTranslation();
  const nameOf = useSeriesName();
  const head = [t('deckSlide.series'), ...PERIODS, t('deckSlide.volatility'), t('deckSlide.maxDrawdown')];
  const rows = data.rows.map((row) => [
    nameOf(row),
    ...PERIODS.map((p) => percentText(row.figures?.returns[p] ?? null, true)),
    percentText(row.figures?.volatility1Y ?? null),
    // A drawdown is a fall (≤ 0), shown with its sign.
    percentText(row.figures?.maxDrawdown ?? null),
  ]);
  return (
    <>
      <SlideHeading theme={theme}>{block.title}</SlideHeading>
      <SlideTable
        theme={theme}
        head={head}
        rows={rows}
        numeric={new Set(head.map((_, i) => i).filter((i) => i > 0))}
      />
      <SourcesNote theme={theme} series={data.rows} />
    </>
  );
}

export function FxPanelSlide({
  block,
  data,
  theme,
}: {
  block: BlockOf<'fxPanel'>;
  data: DataOf<'fxPanel'>;
  theme: SlideTheme;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  const head = [
    t('deckSlide.currency'),
    t('deckSlide.rate'),
    t('deckSlide.change1M'),
    t('deckSlide.rateDate'),
  ];
  const rows = data.rates.map((r) => [
    `${r.currency}/TWD`,
    r.rate === null ? '—' : r.rate.toFixed(r.rate < 1 ? 4 : 3),
    percentText(r.change1M, true),
    r.date ? formats.date(r.date) : '—',
  ]);
  return (
    <>
      <SlideHeading theme={theme}>{block.title}</SlideHeading>
      <SlideTable theme={theme} head={head} rows={rows} numeric={new Set([1, 2])} />
      <SourcesNote theme={theme} series={data.rates.flatMap((r) => (r.series ? [r.series] : []))} />
    </>
  );
}

export function AllocationSlide({
  block,
  data,
  theme,
}: {
  block: BlockOf<'allocation'>;
  data: DataOf<'allocation'>;
  theme: SlideTheme;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const slices = [...data.rows]
    .filter((r) => r.modelWeight > 0)
    .sort((a, b) => b.modelWeight - a.modelWeight)
    .map((r) => ({
      key: r.assetClass,
      label: ASSET_CLASS_WORDS[r.assetClass][language],
      value: r.modelWeight,
      shareText: percentText(r.modelWeight),
      valueText: '',
    }));
  return (
    <>
      <SlideHeading theme={theme}>
        {block.title || `${t('deckSlide.model')} · ${gradeLabel(block.grade, language)}`}
      </SlideHeading>
      <div style={{ zoom: theme.palette === 'projection' ? 1.6 : 1.4 }}>
        <AllocationDonutChart slices={slices} width={700} height={300} emptyText={t('deckSlide.noData')} />
      </div>
      <FootNote theme={theme}>
        {gradeLabel(block.grade, language)} ·{' '}
        {t('deckSlide.assumptions', { version: data.assumptionsVersion })}
      </FootNote>
    </>
  );
}

export function ClientPortfolioSlide({
  block,
  data,
  theme,
}: {
  block: BlockOf<'clientPortfolio'>;
  data: DataOf<'clientPortfolio'>;
  theme: SlideTheme;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const rows = data.rows
    .filter((r) => r.modelWeight > 0 || (r.currentWeight ?? 0) > 0)
    .map((r) => ({
      key: r.assetClass,
      label: ASSET_CLASS_WORDS[r.assetClass][language],
      current: r.currentWeight,
      proposed: r.modelWeight,
      currentText: r.currentWeight === null ? '' : percentText(r.currentWeight),
      proposedText: percentText(r.modelWeight),
    }));
  const who = data.clientName ?? t('deckSlide.clientHidden');
  const notes = [
    data.grade ? gradeLabel(data.grade, language) : null,
    data.totalTwd !== null ? t('deckSlide.total', { amount: formats.twd(data.totalTwd) }) : null,
    data.fxAsOf ? t('deckSlide.fxAsOf', { date: formats.date(data.fxAsOf) }) : null,
  ].filter((n): n is string => n !== null);
  return (
    <>
      <SlideHeading theme={theme}>{block.title || who}</SlideHeading>
      <div style={{ zoom: 1.5 }}>
        <ComparisonBarChart
          rows={rows}
          seriesLabels={{ current: t('deckSlide.current'), proposed: t('deckSlide.model') }}
          formatTick={(v) => percentText(v)}
          width={(CHART_WIDTH / 1.5) | 0}
          height={290}
          emptyText={t('deckSlide.noData')}
          labelWidth={150}
        />
      </div>
      <FootNote theme={theme}>{[block.title ? who : null, ...notes].filter(Boolean).join(' · ')}</FootNote>
    </>
  );
}
