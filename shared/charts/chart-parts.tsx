import { CHART_FONT, MUTED_COLOR, TEXT_COLOR, fillOf, patternId, type FillPattern } from './palette';

/**
 * Pieces every shared chart draws inside its <svg>: the pattern definitions, the title and a
 * legend. recharts' <Legend> is HTML and would not reach the PDF, so the legend is SVG here.
 */

export interface Swatch {
  color: string;
  pattern: FillPattern;
}

/** The <pattern> elements for the given swatches (solid needs none). */
export function PatternDefs({ swatches }: { swatches: readonly Swatch[] }) {
  const unique = new Map<string, Swatch>();
  for (const s of swatches) if (s.pattern !== 'solid') unique.set(patternId(s.color, s.pattern), s);
  return (
    <defs>
      {[...unique.entries()].map(([id, s]) => (
        <pattern key={id} id={id} patternUnits="userSpaceOnUse" width={6} height={6}>
          <rect x={0} y={0} width={6} height={6} fill="#ffffff" />
          <PatternStroke color={s.color} pattern={s.pattern} />
        </pattern>
      ))}
    </defs>
  );
}

function PatternStroke({ color, pattern }: Swatch) {
  const line = { stroke: color, strokeWidth: 1.6 };
  switch (pattern) {
    case 'diagonal':
      return <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" {...line} />;
    case 'dots':
      return <circle cx={3} cy={3} r={1.6} fill={color} />;
    case 'cross':
      return <path d="M0,0 L6,6 M6,0 L0,6" {...line} strokeWidth={1.2} />;
    case 'horizontal':
      return <path d="M0,3 H6" {...line} strokeWidth={2} />;
    case 'vertical':
      return <path d="M3,0 V6" {...line} strokeWidth={2} />;
    default:
      return null;
  }
}

export function ChartTitle({ title }: { title: string | undefined }) {
  if (!title) return null;
  return (
    <text x={0} y={15} fontSize={13} fontWeight="bold" fill={TEXT_COLOR} {...CHART_FONT}>
      {title}
    </text>
  );
}

/** Height the title takes at the top of a chart. */
export function titleHeight(title: string | undefined): number {
  return title ? 24 : 0;
}

export interface LegendEntry extends Swatch {
  key: string;
  label: string;
  /** A line (with this dash) instead of a filled box. */
  line?: { dash?: string; width?: number };
  /** A marker shape instead of a box. */
  marker?: 'circle' | 'diamond';
}

/** A one-row legend: swatch and label per entry, from x, at baseline y (swatches scale with the type). */
export function SvgLegend({
  entries,
  x,
  y,
  fontSize = 10,
}: {
  entries: readonly LegendEntry[];
  x: number;
  y: number;
  fontSize?: number;
}) {
  const scale = fontSize / 10;
  let at = x;
  return (
    <g className="chart-legend">
      {entries.map((e) => {
        const left = at;
        at += 18 * scale + textWidth(e.label, fontSize) + 12 * scale;
        return (
          <g key={e.key} className="chart-legend-entry">
            <LegendSwatch entry={e} x={left} y={y - 9 * scale} scale={scale} />
            <text x={left + 18 * scale} y={y} fontSize={fontSize} fill={TEXT_COLOR} {...CHART_FONT}>
              {e.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function LegendSwatch({ entry, x, y, scale }: { entry: LegendEntry; x: number; y: number; scale: number }) {
  if (entry.marker === 'circle') return <circle cx={x + 6} cy={y + 5} r={4.5} fill={entry.color} />;
  if (entry.marker === 'diamond') return <path d={diamondPath(x + 6, y + 5, 5.5)} fill={entry.color} />;
  if (entry.line)
    return (
      <line
        x1={x}
        x2={x + 12 * scale}
        y1={y + 5 * scale}
        y2={y + 5 * scale}
        stroke={entry.color}
        strokeWidth={entry.line.width ?? 2}
        strokeDasharray={entry.line.dash}
      />
    );
  return (
    <rect
      x={x}
      y={y}
      width={12}
      height={10}
      fill={fillOf(entry.color, entry.pattern)}
      stroke={entry.color}
      strokeWidth={0.8}
    />
  );
}

export interface DonutLegendRow {
  key: string;
  label: string;
  /** "57.7%" */
  shareText: string;
  /** "NT$4,200 萬" */
  valueText: string;
  swatch: Swatch;
}

const DONUT_LEGEND_FONT = { fontSize: 10, ...CHART_FONT } as const;

/**
 * A donut's legend beside it, one row per slice centred on the donut: swatch and label from x, the
 * share right-aligned at shareRight, the value right-aligned at valueRight.
 */
export function DonutLegendRows(props: {
  rows: readonly DonutLegendRow[];
  x: number;
  centerY: number;
  rowHeight: number;
  shareRight: number;
  valueRight: number;
}) {
  const { rows, x, centerY, rowHeight, shareRight, valueRight } = props;
  const top = centerY - (rowHeight * rows.length) / 2 + rowHeight / 2;
  return rows.map((row, i) => {
    const y = top + i * rowHeight;
    const { color, pattern } = row.swatch;
    return (
      <g key={row.key} className="chart-legend-entry">
        <rect
          x={x}
          y={y - 5}
          width={10}
          height={10}
          fill={fillOf(color, pattern)}
          stroke={color}
          strokeWidth={0.8}
        />
        <text x={x + 16} y={y + 4} fill={TEXT_COLOR} {...DONUT_LEGEND_FONT}>
          {row.label}
        </text>
        <text x={shareRight} y={y + 4} fill={TEXT_COLOR} textAnchor="end" {...DONUT_LEGEND_FONT}>
          {row.shareText}
        </text>
        <text x={valueRight} y={y + 4} fill={MUTED_COLOR} textAnchor="end" {...DONUT_LEGEND_FONT}>
          {row.valueText}
        </text>
      </g>
    );
  });
}

/** An estimate of a label's width: CJK characters are about a full em, others about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.6;
  return ems * fontSize;
}

export function diamondPath(cx: number, cy: number, r: number): string {
  return `M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`;
}

export function EmptyText({ text, x, y }: { text: string; x: number; y: number }) {
  return (
    <text x={x} y={y} fontSize={11} fill={MUTED_COLOR} {...CHART_FONT}>
      {text}
    </text>
  );
}
