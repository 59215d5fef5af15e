import { Cell, Pie, PieChart } from 'recharts';
import { ChartTitle, DonutLegendRows, EmptyText, PatternDefs, titleHeight } from './chart-parts';
import { CHART_FONT, TEXT_COLOR, categoryFill, fillOf } from './palette';

/**
 * An allocation as a donut (by asset class, currency or RR) with an SVG legend beside it. Each
 * slice has its own colour and pattern, and the legend names it with its share and value, so the
 * chart can be read without colour. Everything comes in formatted; see proposal-chart-data.ts.
 */

export interface DonutSlice {
  key: string;
  label: string;
  value: number;
  /** "57.7%" */
  shareText: string;
  /** "NT$4,200 萬" */
  valueText: string;
}

export interface AllocationDonutChartProps {
  slices: readonly DonutSlice[];
  width: number;
  height: number;
  emptyText: string;
  title?: string;
  /** Written in the donut's hole, e.g. the total. */
  centerText?: string;
  animate?: boolean;
}

export function AllocationDonutChart({
  slices,
  width,
  height,
  emptyText,
  title,
  centerText,
  animate = false,
}: AllocationDonutChartProps) {
  const top = titleHeight(title);
  const plotHeight = height - top;
  const outer = Math.max(10, Math.min(plotHeight, width * 0.4) / 2 - 6);
  const inner = outer * 0.58;
  const centerX = outer + 6;
  const centerY = top + plotHeight / 2;
  const legendX = centerX + outer + 18;
  const rowHeight = Math.min(20, (plotHeight - 6) / Math.max(slices.length, 1));
  const fills = slices.map((_, i) => categoryFill(i));
  const shareRight = width - 90;

  return (
    <PieChart width={width} height={height} margin={{ top: 0, right: 0, bottom: 0, left: 0 }}>
      <PatternDefs swatches={fills} />
      <ChartTitle title={title} />
      {slices.length === 0 ? (
        <EmptyText text={emptyText} x={legendX} y={centerY + 4} />
      ) : (
        <Pie
          data={slices.map((s) => ({ ...s }))}
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
          {slices.map((s, i) => (
            <Cell key={s.key} fill={fillOf(fills[i]!.color, fills[i]!.pattern)} stroke={fills[i]!.color} />
          ))}
        </Pie>
      )}
      {centerText && slices.length > 0 ? (
        <text x={centerX} y={centerY + 4} fontSize={10} fill={TEXT_COLOR} textAnchor="middle" {...CHART_FONT}>
          {centerText}
        </text>
      ) : null}
      <DonutLegendRows
        rows={slices.map((s, i) => ({ ...s, swatch: fills[i]! }))}
        x={legendX}
        centerY={centerY}
        rowHeight={rowHeight}
        shareRight={shareRight}
        valueRight={width - 2}
      />
    </PieChart>
  );
}
