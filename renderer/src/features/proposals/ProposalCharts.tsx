import { useState } from 'react';
import { Card, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { AllocationDonutChart } from '../../../../shared/charts/AllocationDonutChart';
import { ComparisonBarChart } from '../../../../shared/charts/ComparisonBarChart';
import { FanChart } from '../../../../shared/charts/FanChart';
import { FrontierChart } from '../../../../shared/charts/FrontierChart';
import { GoalProbabilityChart } from '../../../../shared/charts/GoalProbabilityChart';
import {
  allocationRows,
  donutSlices,
  fanYears,
  frontierData,
  goalMarkers,
  goalProbabilityRows,
  riskContributionRows,
  stressRows,
  type AllocationDimension,
  type ChartFormats,
} from '../../../../shared/charts/proposal-chart-data';
import type { ProposalAnalysis } from '../../../../shared/features/proposals';
import { ASSET_CLASS_WORDS, ASSET_CLASSES, type AssetClassId } from '../../../../shared/features/products';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';
import { useWidth } from '../../lib/useWidth';

const isClass = (key: string): key is AssetClassId => (ASSET_CLASSES as readonly string[]).includes(key);
const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
/** A goal drawn green at or above this probability, red below (the firm's usual reading). */
const GOAL_THRESHOLD = 0.7;

/**
 * The analysis drawn with the shared charts the PDF draws: current vs proposed allocation (by
 * class, currency or RR), the efficient frontier with both points, the Monte Carlo fan with each
 * goal, the goals' probabilities, stress losses (% or TWD) and risk contributions.
 */
export function ProposalCharts({
  analysis,
  goalNames,
  startDay,
}: {
  analysis: ProposalAnalysis;
  goalNames: readonly string[];
  /** The day the fan's year 0 stands for. */
  startDay: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const { ref, width } = useWidth<HTMLDivElement>(480);
  const [dimension, setDimension] = useState<AllocationDimension>('byAssetClass');
  const [stressUnit, setStressUnit] = useState<'percent' | 'twd'>('percent');
  const chartFormats: ChartFormats = { percent, twd: formats.twd };
  const labelOf = (key: string) =>
    isClass(key) ? ASSET_CLASS_WORDS[key][language] : key === 'unrated' ? t('proposals.unrated') : key;
  const series = { current: t('proposals.current'), proposed: t('proposals.proposed') };
  const goals = analysis.monteCarlo.goals.map((g) => ({ ...g, name: goalNames[g.index] ?? g.name }));
  const startYear = Number(startDay.slice(0, 4));
  const rows = allocationRows(analysis.current, analysis.proposed, dimension, labelOf, chartFormats);
  const stress = stressRows(analysis.stress, language, stressUnit, chartFormats);
  const risk = riskContributionRows(analysis.riskContributions, labelOf, chartFormats);
  const barHeight = (count: number) => 60 + Math.max(1, count) * 34;
  // English class names ("Taiwan government bonds") need more room than 台灣公債 beside the bars.
  const classLabelWidth = language === 'en' ? 150 : 96;

  return (
    <div ref={ref} className="proposal-chart-stack">
      <Card
        size="small"
        title={<h2 className="card-title">{t('proposals.allocation')}</h2>}
        extra={
          <Segmented<AllocationDimension>
            size="small"
            value={dimension}
            onChange={setDimension}
            aria-label={t('proposals.allocationBy')}
            options={[
              { value: 'byAssetClass', label: t('proposals.byClass') },
              { value: 'byCurrency', label: t('proposals.byCurrency') },
              { value: 'byRiskRating', label: 'RR' },
            ]}
            data-testid="chart-allocation-dimension"
          />
        }
      >
        <figure className="chart" data-testid="chart-allocation" aria-label={t('proposals.allocation')}>
          <AllocationDonutChart
            slices={donutSlices(analysis.proposed, dimension, labelOf, chartFormats)}
            width={width - 26}
            height={190}
            emptyText={t('proposals.noData')}
            title={series.proposed}
            centerText={formats.twd(analysis.proposed.totalTwd)}
          />
          <ComparisonBarChart
            rows={rows}
            seriesLabels={series}
            formatTick={percent}
            width={width - 26}
            height={barHeight(rows.length)}
            emptyText={t('proposals.noData')}
            labelWidth={classLabelWidth}
          />
        </figure>
      </Card>
      <Card size="small" title={<h2 className="card-title">{t('proposals.frontier')}</h2>}>
        <figure className="chart" data-testid="chart-frontier">
          <FrontierChart
            {...frontierData(analysis, series)}
            labels={{
              frontier: t('proposals.frontier'),
              volatility: t('proposals.volatility'),
              expectedReturn: t('proposals.expectedReturn'),
            }}
            formatPercent={percent}
            width={width - 26}
            height={240}
          />
        </figure>
      </Card>
      <Card size="small" title={<h2 className="card-title">{t('proposals.monteCarlo')}</h2>}>
        <figure className="chart" data-testid="chart-fan">
          <FanChart
            years={fanYears(analysis.monteCarlo.fan)}
            goals={goalMarkers(goals, startDay, chartFormats)}
            labels={{
              outer: t('proposals.fanOuter'),
              inner: t('proposals.fanInner'),
              median: t('proposals.fanMedian'),
              goal: t('proposals.goals'),
              year: t('proposals.year'),
            }}
            formatMoney={formats.twd}
            formatYear={(year) => String(startYear + year)}
            width={width - 26}
            height={260}
          />
          <GoalProbabilityChart
            rows={goalProbabilityRows(goals, chartFormats)}
            threshold={{ value: GOAL_THRESHOLD, label: percent(GOAL_THRESHOLD) }}
            formatPercent={percent}
            width={width - 26}
            height={barHeight(goals.length)}
            labelWidth={classLabelWidth}
            emptyText={t('proposals.noGoals')}
            title={t('proposals.goalProbabilities')}
          />
        </figure>
      </Card>
      <Card
        size="small"
        title={<h2 className="card-title">{t('proposals.stress')}</h2>}
        extra={
          <Segmented<'percent' | 'twd'>
            size="small"
            value={stressUnit}
            onChange={setStressUnit}
            aria-label={t('proposals.stressUnit')}
            options={[
              { value: 'percent', label: '%' },
              { value: 'twd', label: 'TWD' },
            ]}
            data-testid="chart-stress-unit"
          />
        }
      >
        <figure className="chart" data-testid="chart-stress">
          <ComparisonBarChart
            rows={stress}
            seriesLabels={series}
            formatTick={stressUnit === 'percent' ? percent : formats.twd}
            width={width - 26}
            height={barHeight(stress.length)}
            emptyText={t('proposals.noData')}
            labelWidth={140}
          />
        </figure>
      </Card>
      <Card size="small" title={<h2 className="card-title">{t('proposals.riskContribution')}</h2>}>
        <figure className="chart" data-testid="chart-risk">
          <ComparisonBarChart
            rows={risk}
            seriesLabels={series}
            formatTick={percent}
            width={width - 26}
            height={barHeight(risk.length)}
            emptyText={t('proposals.noData')}
            labelWidth={classLabelWidth}
          />
        </figure>
      </Card>
    </div>
  );
}
