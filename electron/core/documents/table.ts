import type { Flow } from './flow';
import { boxedText, lineHeight, type TextStyle } from './layout';

/**
 * A table that continues across pages: a row is never split, and the header row is drawn again
 * at the top of every page the table reaches.
 */

export interface TableColumn {
  header: string;
  /** Share of the table's width, relative to the other columns. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: string[][];
  /** A row taller than this many lines is cut short with an ellipsis. */
  maxLinesPerCell?: number;
  /** Smaller type and tighter rows, for long listings such as an appendix of holdings. */
  dense?: boolean;
}

const PAD_X = 5;
const DEFAULT_MAX_LINES = 6;

interface Geometry {
  xs: number[];
  widths: number[];
  padY: number;
  body: TextStyle;
  header: TextStyle;
}

function geometry(flow: Flow, table: TableBlock): Geometry {
  const total = table.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = table.columns.map((c) => (flow.width * c.weight) / total);
  const xs = widths.map((_, i) => flow.box.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const { colors, sizes } = flow.theme;
  const size = table.dense ? sizes.small : sizes.body;
  return {
    xs,
    widths,
    padY: table.dense ? 2 : 3.5,
    body: { size, color: colors.text },
    header: { size, color: colors.primary, bold: true },
  };
}

function rowHeight(flow: Flow, cells: string[], style: TextStyle, g: Geometry, maxLines: number): number {
  const perLine = lineHeight(flow.doc, style);
  const tallest = Math.max(
    ...cells.map((text, i) => flow.doc.heightOfString(text, { width: g.widths[i]! - 2 * PAD_X })),
  );
  return Math.min(Math.max(tallest, perLine), perLine * maxLines) + 2 * g.padY;
}

function drawRow(
  flow: Flow,
  table: TableBlock,
  cells: string[],
  style: TextStyle,
  g: Geometry,
  height: number,
  fill: string | null,
): void {
  const { doc, theme, box } = flow;
  if (fill) doc.rect(box.left, flow.y, flow.width, height).fill(fill);
  const lines = Math.round((height - 2 * g.padY) / lineHeight(doc, style));
  cells.forEach((text, i) => {
    const align = table.columns[i]!.align ?? 'left';
    boxedText(doc, text, g.xs[i]! + PAD_X, flow.y + g.padY, g.widths[i]! - 2 * PAD_X, lines, {
      ...style,
      align,
    });
  });
  flow.y += height;
  doc
    .moveTo(box.left, flow.y)
    .lineTo(box.right, flow.y)
    .lineWidth(0.5)
    .strokeColor(theme.colors.rule)
    .stroke();
}

function drawHeaderRow(flow: Flow, table: TableBlock, g: Geometry): void {
  const headers = table.columns.map((c) => c.header);
  const height = rowHeight(flow, headers, g.header, g, 2);
  drawRow(flow, table, headers, g.header, g, height, flow.theme.colors.primaryPale);
}

/** The header row and the first body row: what must fit where the table starts. */
export function tableMinHeight(flow: Flow, table: TableBlock): number {
  const g = geometry(flow, table);
  const header = rowHeight(
    flow,
    table.columns.map((c) => c.header),
    g.header,
    g,
    2,
  );
  const first = table.rows[0];
  const maxLines = table.maxLinesPerCell ?? DEFAULT_MAX_LINES;
  return header + (first ? rowHeight(flow, first, g.body, g, maxLines) : 0);
}

export function drawTable(flow: Flow, table: TableBlock): void {
  const g = geometry(flow, table);
  const maxLines = table.maxLinesPerCell ?? DEFAULT_MAX_LINES;
  flow.ensure(tableMinHeight(flow, table));
  drawHeaderRow(flow, table, g);
  table.rows.forEach((cells, index) => {
    const height = rowHeight(flow, cells, g.body, g, maxLines);
    if (height > flow.remaining) {
      flow.newPage();
      drawHeaderRow(flow, table, g);
    }
    const zebra = index % 2 === 1 ? '#f6f7f9' : null;
    drawRow(flow, table, cells, g.body, g, height, zebra);
  });
  flow.space(10);
}
