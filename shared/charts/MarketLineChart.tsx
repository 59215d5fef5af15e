import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { ChartTitle, EmptyText, SvgLegend, textWidth, titleHeight, type LegendEntry } from './chart-parts';
import {
  dateTicks,
  isoOfDay,
  linesForMode,
  mergeRows,
  thinned,
  valueDomain,
  type MarketLine,
  type MarketLineMode,
} from './market-line-data';
import { CHART_FONT, GRID_COLOR, MUTED_COLOR, OKABE_ITO, TEXT_COLOR } from './palette';

/**
 * Market series over time, as their levels or rebased to 100 at their first common date (a
 * comparison). Drawn on the 市場資料 screen, on briefing slides and in the deck PDF. Every line has
 * its colour and its dash, so no two lines differ by colour alone; the `projection` palette keeps
 * the Okabe & Ito colours that stand out against white (contrast ≥ 3:1), thick lines and large
 * type, for a projector at the back of a room.
 */

export type MarketChartPalette = 'standard' | 'projection';

export interface MarketLineChartProps {
  lines: readonly MarketLine[];
  mode: MarketLineMode;
  /** Writes an axis value: a level in the series' unit, or a rebased index ("105"). */
  formatValue: (value: number) => string;
  /** Writes an ISO date as an x tick ("2026/03", "115/03"). */
  formatDate: (isoDate: string) => string;
  /** Shown when there is no point to draw. */
  emptyText: string;
  /** The note beside the reference line in rebased mode ("起點 = 100"). */
  baseLabel?: string;
  width: number;
  height: number;
  title?: string;
  palette?: MarketChartPalette;
  animate?: boolean;
}

interface LineStyle {
  color: string;
  dash: string | undefined;
}

const STANDARD_COLORS = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.green,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.purple,
  OKABE_ITO.black,
  '#6b6b6b',
];
/** The Okabe & Ito colours with a contrast of 3:1 or more against white. */
const PROJECTION_COLORS = [
  OKABE_ITO.black,
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.green,
  OKABE_ITO.purple,
];
const DASHES = [undefined, '8 4', '2 3', '10 3 2 3', '4 4'];

const SIZES = {
  standard: { font: 10, line: 1.8, legendRow: 16 },
  projection: { font: 18, line: 4, legendRow: 28 },
} as const;

/**
 * The i-th line's colour and dash: the first line is solid, later ones dashed, and the dash moves
 * on by one each time the colours start over, so two lines never share both.
 */
export function marketLineStyle(index: number, palette: MarketChartPalette): LineStyle {
  const colors = palette === 'projection' ? PROJECTION_COLORS : STANDARD_COLORS;
  const round = Math.floor(index / colors.length);
  return { color: colors[index % colors.length]!, dash: DASHES[(index + round) % DASHES.length] };
}

/** Legend entries laid out in rows that fit the width. */
function legendRows(entries: readonly LegendEntry[], width: number, fontSize: number) {
  const rows: LegendEntry[][] = [[]];
  let used = 0;
  for (const entry of entries) {
    // As SvgLegend spaces them: a swatch of 18, the label, a gap of 12, scaled with the type.
    const size = (30 * fontSize) / 10 + textWidth(entry.label, fontSize);
    if (used > 0 && used + size > width) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(entry);
    used += size;
  }
  return rows;
}

export function MarketLineChart({
  lines,
  mode,
  formatValue,
  formatDate,
  emptyText,
  baseLabel,
  width,
  height,
  title,
  palette = 'standard',
  animate = false,
}: MarketLineChartProps) {
  const size = SIZES[palette];
  const drawn = linesForMode(lines, mode).map((line) => ({ ...line, points: thinned(line.points, width) }));
  const rows = mergeRows(drawn);
  const styles = drawn.map((_, i) => marketLineStyle(i, palette));
  const legend: LegendEntry[] = drawn.map((line, i) => ({
    key: line.key,
    label: line.label,
    color: styles[i]!.color,
    pattern: 'solid',
    line: { dash: styles[i]!.dash, width: size.line },
  }));
  const legendLines = legendRows(legend, width - 16, size.font);
  const top = titleHeight(title) + legendLines.length * size.legendRow + 6;
  const tick = { fontSize: size.font, fill: TEXT_COLOR, ...CHART_FONT };

  if (rows.length === 0)
    return (
      <svg width={width} height={height} className="market-line-chart" role="img">
        <ChartTitle title={title} />
        <EmptyText text={emptyText} x={8} y={titleHeight(title) + 20} />
      </svg>
    );

  const firstDay = rows[0]!.day;
  const lastDay = rows.at(-1)!.day;
  const tickWidth = textWidth(formatDate(isoOfDay(lastDay)), size.font) + 16;
  const ticks = dateTicks(firstDay, lastDay, Math.max(2, Math.floor((width - 80) / tickWidth)));
  const domain = valueDomain(drawn);
  const axisWidth =
    Math.max(textWidth(formatValue(domain[0]), size.font), textWidth(formatValue(domain[1]), size.font)) + 12;

  return (
    <LineChart
      className="market-line-chart"
      width={width}
      height={height}
      data={rows}
      margin={{ top, right: 16, bottom: 8, left: 8 }}
    >
      <ChartTitle title={title} />
      {legendLines.map((entries, i) => (
        <SvgLegend
          key={i}
          entries={entries}
          x={8}
          y={titleHeight(title) + (i + 1) * size.legendRow - 4}
          fontSize={size.font}
        />
      ))}
      <CartesianGrid stroke={GRID_COLOR} />
      <XAxis
        type="number"
        dataKey="day"
        domain={[firstDay, lastDay]}
        ticks={ticks}
        tickFormatter={(day: number) => formatDate(isoOfDay(day))}
        tick={tick}
        stroke={MUTED_COLOR}
        allowDataOverflow
      />
      <YAxis
        type="number"
        domain={domain}
        tickFormatter={formatValue}
        tick={tick}
        stroke={MUTED_COLOR}
        width={axisWidth}
        allowDataOverflow
      />
      {mode === 'rebased' ? (
        <ReferenceLine
          y={100}
          stroke={MUTED_COLOR}
          strokeDasharray="3 3"
          label={baseLabel ? { value: baseLabel, position: 'insideTopRight', ...tick } : undefined}
        />
      ) : null}
      {drawn.map((line, i) => (
        <Line
          key={line.key}
          className={`market-line market-line-${i}`}
          dataKey={`s${i}`}
          name={line.label}
          type="linear"
          stroke={styles[i]!.color}
          strokeWidth={size.line}
          strokeDasharray={styles[i]!.dash}
          dot={false}
          connectNulls
          isAnimationActive={animate}
        />
      ))}
    </LineChart>
  );
}
