import { CartesianGrid, LineChart, ReferenceLine, XAxis, YAxis, usePlotArea } from 'recharts';
import { ChartTitle, EmptyText, SvgLegend, textWidth, titleHeight, type LegendEntry } from './chart-parts';
import {
  dateTicks,
  dayNumber,
  isoOfDay,
  linesForMode,
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
}: MarketLineChartProps) {
  const size = SIZES[palette];
  const drawn = linesForMode(lines, mode).map((line) => ({ ...line, points: thinned(line.points, width) }));
  const days = drawn.flatMap((line) =>
    line.points.length === 0 ? [] : [dayNumber(line.points[0]!.date), dayNumber(line.points.at(-1)!.date)],
  );
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

  if (days.length === 0)
    return (
      <svg
        width={width}
        height={height}
        className="market-line-chart"
        role="img"
        aria-label={title ?? emptyText}
      >
        <ChartTitle title={title} />
        <EmptyText text={emptyText} x={8} y={titleHeight(title) + 20} />
      </svg>
    );

  const firstDay = Math.min(...days);
  const lastDay = Math.max(...days);
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
      data={[{ day: firstDay }, { day: lastDay }]}
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
      <LinePaths
        lines={drawn}
        styles={styles}
        lineWidth={size.line}
        days={[firstDay, lastDay]}
        values={domain}
      />
    </LineChart>
  );
}

/**
 * The lines, drawn as one <path> each on the plot area the axes leave. The axes' domains are
 * fixed (the dates and the padded values), so their scales are linear maps this can apply itself:
 * recharts' <Line> costs several times as much per point, and a 10-series year must draw in
 * well under 100 ms for the deck PDF.
 */
function LinePaths({
  lines,
  styles,
  lineWidth,
  days,
  values,
}: {
  lines: readonly MarketLine[];
  styles: readonly LineStyle[];
  lineWidth: number;
  days: [number, number];
  values: [number, number];
}) {
  const area = usePlotArea();
  if (!area) return null;
  const xPerDay = area.width / (days[1] - days[0] || 1);
  const yPerValue = area.height / (values[1] - values[0] || 1);
  return (
    <g className="market-lines">
      {lines.map((line, i) => {
        let d = '';
        for (const p of line.points) {
          const x = area.x + (dayNumber(p.date) - days[0]) * xPerDay;
          const y = area.y + area.height - (p.value - values[0]) * yPerValue;
          d += `${d === '' ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
        }
        return (
          <path
            key={line.key}
            className={`market-line market-line-${i}`}
            d={d}
            fill="none"
            stroke={styles[i]!.color}
            strokeWidth={lineWidth}
            strokeDasharray={styles[i]!.dash}
            strokeLinejoin="round"
          >
            <title>{line.label}</title>
          </path>
        );
      })}
    </g>
  );
}
