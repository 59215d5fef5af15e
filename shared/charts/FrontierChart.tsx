import { CartesianGrid, LabelList, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { ChartTitle, SvgLegend, titleHeight, type LegendEntry } from './chart-parts';
import { CHART_FONT, GRID_COLOR, MUTED_COLOR, OKABE_ITO, TEXT_COLOR } from './palette';

/**
 * The efficient frontier (volatility across, expected return up) with the current portfolio as a
 * circle and the proposed one as a diamond, each named by a text label beside it.
 */

export interface FrontierPoint {
  volatility: number;
  expectedReturn: number;
}

export interface FrontierChartProps {
  frontier: readonly FrontierPoint[];
  /** Null when there are no current holdings. */
  current: (FrontierPoint & { label: string }) | null;
  proposed: FrontierPoint & { label: string };
  /** The frontier line's name in the legend, and the axes' titles. */
  labels: { frontier: string; volatility: string; expectedReturn: string };
  /** Writes a fraction as a percentage tick ("8%"). */
  formatPercent: (value: number) => string;
  width: number;
  height: number;
  title?: string;
  animate?: boolean;
}

const LEGEND_HEIGHT = 18;

export function FrontierChart({
  frontier,
  current,
  proposed,
  labels,
  formatPercent,
  width,
  height,
  title,
  animate = false,
}: FrontierChartProps) {
  const top = titleHeight(title) + LEGEND_HEIGHT;
  const tick = { fontSize: 10, fill: TEXT_COLOR, ...CHART_FONT };
  const pointLabel = { fontSize: 10, fill: TEXT_COLOR, ...CHART_FONT };
  const legend: LegendEntry[] = [
    { key: 'frontier', label: labels.frontier, color: OKABE_ITO.blue, pattern: 'solid', line: {} },
    ...(current
      ? [
          {
            key: 'current',
            label: current.label,
            color: OKABE_ITO.vermillion,
            pattern: 'solid' as const,
            marker: 'circle' as const,
          },
        ]
      : []),
    { key: 'proposed', label: proposed.label, color: OKABE_ITO.green, pattern: 'solid', marker: 'diamond' },
  ];
  const points = [...frontier, ...(current ? [current] : []), proposed];
  const maxVol = Math.max(...points.map((p) => p.volatility));
  const returns = points.map((p) => p.expectedReturn);
  const pad = (Math.max(...returns) - Math.min(...returns)) * 0.08 || 0.005;

  return (
    <ScatterChart width={width} height={height} margin={{ top, right: 24, bottom: 20, left: 8 }}>
      <ChartTitle title={title} />
      <SvgLegend entries={legend} x={56} y={titleHeight(title) + 12} />
      <CartesianGrid stroke={GRID_COLOR} />
      <XAxis
        type="number"
        dataKey="volatility"
        domain={[0, niceCeiling(maxVol * 1.1)]}
        tickFormatter={formatPercent}
        tick={tick}
        stroke={MUTED_COLOR}
        label={{ value: labels.volatility, position: 'insideBottom', offset: -12, ...tick }}
      />
      <YAxis
        type="number"
        dataKey="expectedReturn"
        domain={[Math.max(0, Math.min(...returns) - pad), Math.max(...returns) + pad]}
        tickFormatter={formatPercent}
        tick={tick}
        stroke={MUTED_COLOR}
        width={48}
        label={{ value: labels.expectedReturn, angle: -90, position: 'insideLeft', offset: 4, ...tick }}
      />
      <Scatter
        className="frontier-line"
        data={frontier.map((p) => ({ ...p }))}
        line={{ stroke: OKABE_ITO.blue, strokeWidth: 2 }}
        shape={() => <g />}
        isAnimationActive={animate}
      />
      {current ? (
        <Scatter
          className="point-current"
          data={[{ ...current }]}
          fill={OKABE_ITO.vermillion}
          shape="circle"
          isAnimationActive={animate}
        >
          <LabelList dataKey="label" position="right" {...pointLabel} />
        </Scatter>
      ) : null}
      <Scatter
        className="point-proposed"
        data={[{ ...proposed }]}
        fill={OKABE_ITO.green}
        shape="diamond"
        isAnimationActive={animate}
      >
        <LabelList dataKey="label" position="left" {...pointLabel} />
      </Scatter>
    </ScatterChart>
  );
}

/** The next multiple of 2% above a volatility, so the axis ends on a round tick. */
function niceCeiling(value: number): number {
  return Math.max(0.02, Math.ceil(value / 0.02) * 0.02);
}
