import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { ChartTitle, EmptyText, titleHeight } from './chart-parts';
import { CATEGORY_COLORS, CHART_FONT, MUTED_COLOR, TEXT_COLOR } from './palette';

/**
 * A funnel: one horizontal bar per stage, longest first, each labelled with its count and its
 * conversion from the stage before, so the numbers carry the meaning and not the colour.
 */

export interface FunnelRow {
  key: string;
  label: string;
  value: number;
  /** What the bar says at its end, e.g. "12（80%）". */
  text: string;
}

export interface FunnelChartProps {
  rows: readonly FunnelRow[];
  width: number;
  height: number;
  emptyText: string;
  title?: string;
  labelWidth?: number;
}

export function FunnelChart({ rows, width, height, emptyText, title, labelWidth = 96 }: FunnelChartProps) {
  const top = titleHeight(title) + 4;
  const tick = { fontSize: 11, fill: TEXT_COLOR, ...CHART_FONT };
  const label = { fontSize: 11, fill: MUTED_COLOR, ...CHART_FONT };
  const empty = rows.every((row) => row.value === 0);
  return (
    <BarChart
      width={width}
      height={height}
      data={[...rows]}
      layout="vertical"
      margin={{ top, right: 72, bottom: 4, left: 4 }}
    >
      <ChartTitle title={title} />
      {empty ? <EmptyText text={emptyText} x={labelWidth} y={top + 20} /> : null}
      <XAxis type="number" hide allowDecimals={false} />
      <YAxis type="category" dataKey="label" width={labelWidth} tick={tick} stroke={MUTED_COLOR} />
      <Bar dataKey="value" isAnimationActive={false}>
        {rows.map((row, index) => (
          <Cell key={row.key} fill={CATEGORY_COLORS[index % CATEGORY_COLORS.length]} />
        ))}
        <LabelList dataKey="text" position="right" {...label} />
      </Bar>
    </BarChart>
  );
}
