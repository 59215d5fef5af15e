import { Cell, Pie, PieChart } from 'recharts';
import { ChartTitle, DonutLegendRows, EmptyText, titleHeight } from './chart-parts';
import { GRID_COLOR } from './palette';

/**
 * Investable assets by currency, converted to TWD: a donut with an SVG legend beside it.
 * The screen and the PDF draw this same component, so everything (legend included) lives inside the
 * <svg>: recharts' own <Legend> is HTML and would not reach the PDF. Every word and number comes in
 * formatted (see currency-slices.ts), so the component knows no language. Fixed width and height,
 * no ResponsiveContainer, and no animation when `animate` is false, so the SVG is deterministic.
 */

export interface ChartSlice {
  key: string;
  label: string;
  value: number;
  color: string;
  /** "57.7%" */
  shareText: string;
  /** The value as the reader expects it, e.g. "NT$4,200 萬". */
  valueText: string;
}

export interface AssetsByCurrencyChartProps {
  slices: ChartSlice[];
  width: number;
  height: number;
  /** Shown where the donut would be when there are no slices. */
  emptyText: string;
  title?: string;
  animate?: boolean;
}

/** Room for the legend's label column ("TWD") and share column ("100.0%"). */
const LABEL_COLUMN = 40;
const SHARE_COLUMN = 44;

export function AssetsByCurrencyChart({
  slices,
  width,
  height,
  emptyText,
  title,
  animate = true,
}: AssetsByCurrencyChartProps) {
  const top = titleHeight(title);
  const plotHeight = height - top;
  // The donut takes about a third of the width; the legend (label, share, value) the rest.
  const outer = Math.max(10, Math.min(plotHeight, width * 0.36) / 2 - 6);
  const inner = outer * 0.55;
  const centerX = outer + 6;
  const centerY = top + plotHeight / 2;
  const legendX = centerX + outer + 18;
  const rowHeight = Math.min(22, (plotHeight - 8) / Math.max(slices.length, 1));
  const shareRight = legendX + 14 + LABEL_COLUMN + SHARE_COLUMN;

  return (
    <PieChart width={width} height={height} margin={{ top: 0, right: 0, bottom: 0, left: 0 }}>
      <ChartTitle title={title} />
      {slices.length === 0 ? (
        <g>
          <circle
            cx={centerX}
            cy={centerY}
            r={(outer + inner) / 2}
            fill="none"
            stroke={GRID_COLOR}
            strokeWidth={outer - inner}
          />
          <EmptyText text={emptyText} x={legendX} y={centerY + 4} />
        </g>
      ) : (
        <Pie
          data={slices}
          dataKey="value"
          nameKey="label"
          cx={centerX}
          cy={centerY}
          innerRadius={inner}
          outerRadius={outer}
          startAngle={90}
          endAngle={-270}
          stroke="#ffffff"
          strokeWidth={1}
          isAnimationActive={animate}
        >
          {slices.map((s) => (
            <Cell key={s.key} fill={s.color} />
          ))}
        </Pie>
      )}
      <DonutLegendRows
        rows={slices.map((s) => ({ ...s, swatch: { color: s.color, pattern: 'solid' } }))}
        x={legendX}
        centerY={centerY}
        rowHeight={rowHeight}
        shareRight={shareRight}
        valueRight={width - 2}
      />
    </PieChart>
  );
}
