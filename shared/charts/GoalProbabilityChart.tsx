import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { ChartTitle, EmptyText, PatternDefs, titleHeight } from './chart-parts';
import {
  CHART_FONT,
  GRID_COLOR,
  MUTED_COLOR,
  OKABE_ITO,
  TEXT_COLOR,
  fillOf,
  type FillPattern,
} from './palette';

/**
 * Each goal's probability of being met, as a horizontal bar from 0 to 100% with its percentage
 * written beside it and a dashed line at the firm's comfort level. Bars below that level are
 * hatched vermillion, those at or above it solid green: pattern, colour and text all say it.
 */

export interface GoalProbabilityRow {
  key: string;
  label: string;
  /** 0..1 */
  probability: number;
  /** "72%" */
  probabilityText: string;
}

export interface GoalProbabilityChartProps {
  rows: readonly GoalProbabilityRow[];
  /** The level drawn as a dashed line (e.g. 0.8), with its label. */
  threshold: { value: number; label: string };
  formatPercent: (value: number) => string;
  width: number;
  height: number;
  emptyText: string;
  title?: string;
  labelWidth?: number;
  animate?: boolean;
}

const MET = { color: OKABE_ITO.green, pattern: 'solid' as FillPattern };
const SHORT = { color: OKABE_ITO.vermillion, pattern: 'diagonal' as FillPattern };

export function GoalProbabilityChart({
  rows,
  threshold,
  formatPercent,
  width,
  height,
  emptyText,
  title,
  labelWidth = 96,
  animate = false,
}: GoalProbabilityChartProps) {
  const top = titleHeight(title) + 16;
  const tick = { fontSize: 10, fill: TEXT_COLOR, ...CHART_FONT };
  return (
    <BarChart
      width={width}
      height={height}
      data={rows.map((r) => ({ ...r }))}
      layout="vertical"
      margin={{ top, right: 44, bottom: 4, left: 4 }}
      barCategoryGap="25%"
    >
      <PatternDefs swatches={[MET, SHORT]} />
      <ChartTitle title={title} />
      {rows.length === 0 ? <EmptyText text={emptyText} x={labelWidth} y={top + 20} /> : null}
      <CartesianGrid horizontal={false} stroke={GRID_COLOR} />
      <XAxis
        type="number"
        domain={[0, 1]}
        ticks={[0, 0.25, 0.5, 0.75, 1]}
        tickFormatter={formatPercent}
        tick={tick}
        stroke={MUTED_COLOR}
      />
      <YAxis type="category" dataKey="label" width={labelWidth} tick={tick} stroke={MUTED_COLOR} />
      <ReferenceLine
        x={threshold.value}
        stroke={TEXT_COLOR}
        strokeDasharray="4 3"
        label={{ value: threshold.label, position: 'top', ...tick }}
      />
      <Bar dataKey="probability" isAnimationActive={animate}>
        {rows.map((r) => {
          const s = r.probability >= threshold.value ? MET : SHORT;
          return <Cell key={r.key} fill={fillOf(s.color, s.pattern)} stroke={s.color} />;
        })}
        <LabelList
          dataKey="probabilityText"
          position="right"
          fontSize={10}
          fill={TEXT_COLOR}
          {...CHART_FONT}
        />
      </Bar>
    </BarChart>
  );
}
