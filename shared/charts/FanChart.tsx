import { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, XAxis, YAxis } from 'recharts';
import { ChartTitle, SvgLegend, diamondPath, titleHeight, type LegendEntry } from './chart-parts';
import { CHART_FONT, GRID_COLOR, MUTED_COLOR, OKABE_ITO, TEXT_COLOR } from './palette';

/**
 * The Monte Carlo fan: the 5–95 and 25–75 percentile bands of the portfolio's value by year and
 * the median line, with each goal as a diamond at its year and amount, labelled with its name and
 * probability. The bands differ in shade and the legend names them; goals carry their text.
 */

export interface FanYear {
  year: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface GoalMarker {
  key: string;
  year: number;
  valueTwd: number;
  /** "子女教育 72%" */
  label: string;
}

export interface FanChartProps {
  years: readonly FanYear[];
  goals: readonly GoalMarker[];
  labels: { outer: string; inner: string; median: string; goal: string; year: string };
  /** Writes a TWD amount as an axis tick ("NT$1,000 萬"). */
  formatMoney: (value: number) => string;
  /** Writes a year offset as a tick (e.g. 10 → "2036"). */
  formatYear: (year: number) => string;
  width: number;
  height: number;
  title?: string;
  animate?: boolean;
}

const LEGEND_HEIGHT = 18;
const OUTER = { color: OKABE_ITO.skyBlue, opacity: 0.35 };
const INNER = { color: OKABE_ITO.blue, opacity: 0.45 };

export function FanChart({
  years,
  goals,
  labels,
  formatMoney,
  formatYear,
  width,
  height,
  title,
  animate = false,
}: FanChartProps) {
  const top = titleHeight(title) + LEGEND_HEIGHT;
  const tick = { fontSize: 10, fill: TEXT_COLOR, ...CHART_FONT };
  const data = years.map((y) => ({
    year: y.year,
    outer: [y.p5, y.p95],
    inner: [y.p25, y.p75],
    median: y.p50,
  }));
  const legend: LegendEntry[] = [
    { key: 'outer', label: labels.outer, color: OUTER.color, pattern: 'solid' },
    { key: 'inner', label: labels.inner, color: INNER.color, pattern: 'solid' },
    { key: 'median', label: labels.median, color: OKABE_ITO.black, pattern: 'solid', line: { width: 2 } },
    ...(goals.length > 0
      ? [
          {
            key: 'goal',
            label: labels.goal,
            color: OKABE_ITO.vermillion,
            pattern: 'solid' as const,
            marker: 'diamond' as const,
          },
        ]
      : []),
  ];
  const top95 = Math.max(0, ...years.map((y) => y.p95), ...goals.map((g) => g.valueTwd));

  return (
    <ComposedChart width={width} height={height} data={data} margin={{ top, right: 24, bottom: 20, left: 8 }}>
      <ChartTitle title={title} />
      <SvgLegend entries={legend} x={72} y={titleHeight(title) + 12} />
      <CartesianGrid stroke={GRID_COLOR} />
      <XAxis
        type="number"
        dataKey="year"
        domain={['dataMin', 'dataMax']}
        tickFormatter={formatYear}
        tick={tick}
        stroke={MUTED_COLOR}
        allowDecimals={false}
        label={{ value: labels.year, position: 'insideBottom', offset: -12, ...tick }}
      />
      <YAxis
        type="number"
        domain={[0, top95 * 1.05 || 1]}
        tickFormatter={formatMoney}
        tick={tick}
        stroke={MUTED_COLOR}
        width={64}
      />
      <Area
        className="fan-outer"
        dataKey="outer"
        stroke="none"
        fill={OUTER.color}
        fillOpacity={OUTER.opacity}
        isAnimationActive={animate}
      />
      <Area
        className="fan-inner"
        dataKey="inner"
        stroke="none"
        fill={INNER.color}
        fillOpacity={INNER.opacity}
        isAnimationActive={animate}
      />
      <Line
        className="fan-median"
        dataKey="median"
        stroke={OKABE_ITO.black}
        strokeWidth={2}
        dot={false}
        isAnimationActive={animate}
      />
      {goals.map((g) => (
        <ReferenceDot
          key={g.key}
          x={g.year}
          y={g.valueTwd}
          ifOverflow="extendDomain"
          shape={(props: { cx?: number; cy?: number }) => {
            const cx = props.cx ?? 0;
            const cy = props.cy ?? 0;
            // A goal in the left half is labelled to its right, so the label never runs into the axis.
            const toRight = cx < width / 2;
            return (
              <g className="fan-goal">
                <path d={diamondPath(cx, cy, 5.5)} fill={OKABE_ITO.vermillion} stroke="#ffffff" />
                <text
                  x={toRight ? cx + 8 : cx - 8}
                  y={cy - 8}
                  fontSize={10}
                  fill={TEXT_COLOR}
                  textAnchor={toRight ? 'start' : 'end'}
                  {...CHART_FONT}
                >
                  {g.label}
                </text>
              </g>
            );
          }}
        />
      ))}
    </ComposedChart>
  );
}
