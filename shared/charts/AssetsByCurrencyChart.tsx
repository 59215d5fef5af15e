import { Cell, Pie, PieChart } from 'recharts';

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

const FONT = { fontFamily: 'Noto Sans TC, Noto Sans CJK TC, sans-serif' } as const;
const TEXT_COLOR = '#333333';
const MUTED_COLOR = '#595959';
const LEGEND_FONT_SIZE = 10;
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
  const titleHeight = title ? 24 : 0;
  const plotHeight = height - titleHeight;
  // The donut takes about a third of the width; the legend (label, share, value) the rest.
  const outer = Math.max(10, Math.min(plotHeight, width * 0.36) / 2 - 6);
  const inner = outer * 0.55;
  const centerX = outer + 6;
  const centerY = titleHeight + plotHeight / 2;
  const legendX = centerX + outer + 18;
  const rowHeight = Math.min(22, (plotHeight - 8) / Math.max(slices.length, 1));
  const legendTop = centerY - (rowHeight * slices.length) / 2 + rowHeight / 2;
  const shareRight = legendX + 14 + LABEL_COLUMN + SHARE_COLUMN;

  return (
    <PieChart width={width} height={height} margin={{ top: 0, right: 0, bottom: 0, left: 0 }}>
      {title ? (
        <text x={0} y={15} fontSize={13} fontWeight="bold" fill={TEXT_COLOR} {...FONT}>
          {title}
        </text>
      ) : null}
      {slices.length === 0 ? (
        <g>
          <circle
            cx={centerX}
            cy={centerY}
            r={(outer + inner) / 2}
            fill="none"
            stroke="#e6e6e6"
            strokeWidth={outer - inner}
          />
          <text x={legendX} y={centerY + 4} fontSize={11} fill={MUTED_COLOR} {...FONT}>
            {emptyText}
          </text>
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
      {slices.map((s, i) => {
        const y = legendTop + i * rowHeight;
        const text = { fontSize: LEGEND_FONT_SIZE, ...FONT };
        return (
          <g key={s.key}>
            <rect x={legendX} y={y - 5} width={10} height={10} rx={2} fill={s.color} />
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
