import { Cell, Pie, PieChart } from 'recharts';
import { ChartTitle, EmptyText, PatternDefs, titleHeight } from './chart-parts';
import { CHART_FONT, MUTED_COLOR, TEXT_COLOR, categoryFill, fillOf } from './palette';

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

const LEGEND_FONT_SIZE = 10;

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
  const legendTop = centerY - (rowHeight * slices.length) / 2 + rowHeight / 2;
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
      {slices.map((s, i) => {
        const y = legendTop + i * rowHeight;
        const text = { fontSize: LEGEND_FONT_SIZE, ...CHART_FONT };
        const fill = fills[i]!;
        return (
          <g key={s.key} className="chart-legend-entry">
            <rect
              x={legendX}
              y={y - 5}
              width={10}
              height={10}
              fill={fillOf(fill.color, fill.pattern)}
              stroke={fill.color}
              strokeWidth={0.8}
            />
            <text x={legendX + 16} y={y + 4} fill={TEXT_COLOR} {...text}>
              {s.label}
            </text>
            <text x={shareRight} y={y + 4} fill={TEXT_COLOR} textAnchor="end" {...text}>
              {s.shareText}
            </text>
            <text x={width - 2} y={y + 4} fill={MUTED_COLOR} textAnchor="end" {...text}>
              {s.valueText}
            </text>
          </g>
        );
      })}
    </PieChart>
  );
}
