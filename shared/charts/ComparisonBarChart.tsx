import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { ChartTitle, EmptyText, PatternDefs, SvgLegend, titleHeight, type LegendEntry } from './chart-parts';
import { CHART_FONT, GRID_COLOR, MUTED_COLOR, SERIES, TEXT_COLOR, fillOf } from './palette';

/**
 * Current against proposed, one pair of horizontal bars per row: allocation by class, currency or
 * RR, stress losses, risk contributions. Current is hatched, proposed solid, and each bar carries
 * its value as text, so neither colour nor pattern alone tells them apart. With no current
 * portfolio (every `current` null) only the proposed bars are drawn.
 */

export interface ComparisonRow {
  key: string;
  label: string;
  current: number | null;
  proposed: number;
  /** The values as the reader reads them ("12.5%", "NT$120 萬"); empty draws no label. */
  currentText: string;
  proposedText: string;
}

export interface ComparisonBarChartProps {
  rows: readonly ComparisonRow[];
  /** The two series' names, e.g. {current: '現況', proposed: '建議'}. */
  seriesLabels: { current: string; proposed: string };
  /** Writes an axis tick (e.g. 0.25 → "25%"). */
  formatTick: (value: number) => string;
  width: number;
  height: number;
  emptyText: string;
  title?: string;
  /** Room for the row labels at the left. */
  labelWidth?: number;
  /** The value axis's span when it is fixed (a rate: [0, 1]); otherwise it fits the values. */
  domain?: [number, number];
  animate?: boolean;
}

const LEGEND_HEIGHT = 18;

export function ComparisonBarChart({
  rows,
  seriesLabels,
  formatTick,
  width,
  height,
  emptyText,
  title,
  labelWidth = 90,
  domain,
  animate = false,
}: ComparisonBarChartProps) {
  const hasCurrent = rows.some((r) => r.current !== null);
  const top = titleHeight(title) + LEGEND_HEIGHT;
  const legend: LegendEntry[] = [
    ...(hasCurrent ? [{ key: 'current', label: seriesLabels.current, ...SERIES.current }] : []),
    { key: 'proposed', label: seriesLabels.proposed, ...SERIES.proposed },
  ];
  const data = rows.map((r) => ({ ...r, current: r.current ?? 0 }));
  const hasNegative = rows.some((r) => r.proposed < 0 || (r.current ?? 0) < 0);
  const tick = { fontSize: 10, fill: TEXT_COLOR, ...CHART_FONT };
  const label = { fontSize: 9, fill: MUTED_COLOR, ...CHART_FONT };

  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      layout="vertical"
      margin={{ top, right: 56, bottom: 4, left: 4 }}
      barCategoryGap="18%"
      barGap={1}
    >
      <PatternDefs swatches={[SERIES.current, SERIES.proposed]} />
      <ChartTitle title={title} />
      <SvgLegend entries={legend} x={labelWidth} y={titleHeight(title) + 12} />
      {rows.length === 0 ? <EmptyText text={emptyText} x={labelWidth} y={top + 20} /> : null}
      <CartesianGrid horizontal={false} stroke={GRID_COLOR} />
      <XAxis
        type="number"
        tickFormatter={formatTick}
        tick={tick}
        stroke={MUTED_COLOR}
        {...(domain ? { domain } : {})}
      />
      <YAxis type="category" dataKey="label" width={labelWidth} tick={tick} stroke={MUTED_COLOR} />
      {hasNegative ? <ReferenceLine x={0} stroke={TEXT_COLOR} /> : null}
      {hasCurrent ? (
        <Bar
          dataKey="current"
          name={seriesLabels.current}
          fill={fillOf(SERIES.current.color, SERIES.current.pattern)}
          stroke={SERIES.current.color}
          isAnimationActive={animate}
        >
          <LabelList dataKey="currentText" position="right" {...label} />
        </Bar>
      ) : null}
      <Bar
        dataKey="proposed"
        name={seriesLabels.proposed}
        fill={SERIES.proposed.color}
        isAnimationActive={animate}
      >
        <LabelList dataKey="proposedText" position="right" {...label} />
      </Bar>
    </BarChart>
  );
}
