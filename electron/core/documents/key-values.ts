import type { Flow } from './flow';
import { boxedText, lineHeight, type TextStyle } from './layout';

/** Label and value pairs in one or two columns, e.g. a client's basic data. */

export interface KeyValue {
  label: string;
  value: string;
  /** Lines the value may take before it is cut with an ellipsis (default 1). */
  maxLines?: number;
  /** Takes the full width, even in a two-column block. */
  wide?: boolean;
}

export interface KeyValuesBlock {
  kind: 'keyValues';
  items: KeyValue[];
  columns?: 1 | 2;
  /** Width of the label column in points. */
  labelWidth?: number;
}

const COLUMN_GAP = 20;
const ROW_GAP = 6;

/** Pairs grouped into the rows they are drawn on: wide pairs alone, the others side by side. */
function rows(block: KeyValuesBlock): KeyValue[][] {
  const perRow = block.columns ?? 2;
  const result: KeyValue[][] = [];
  for (const item of block.items) {
    const last = result.at(-1);
    if (!item.wide && last && last.length < perRow && !last[0]!.wide) last.push(item);
    else result.push([item]);
  }
  return result;
}

function styles(flow: Flow): { label: TextStyle; value: TextStyle } {
  const { colors, sizes } = flow.theme;
  return {
    label: { size: sizes.small, color: colors.muted },
    value: { size: sizes.body, color: colors.text },
  };
}

function cellWidth(flow: Flow, block: KeyValuesBlock, row: KeyValue[]): number {
  const perRow = row[0]!.wide ? 1 : (block.columns ?? 2);
  return (flow.width - COLUMN_GAP * (perRow - 1)) / perRow;
}

function rowHeight(flow: Flow, block: KeyValuesBlock, row: KeyValue[]): number {
  const { value } = styles(flow);
  const labelWidth = block.labelWidth ?? 62;
  const width = cellWidth(flow, block, row) - labelWidth;
  const perLine = lineHeight(flow.doc, value);
  const heights = row.map((item) =>
    Math.min(flow.doc.heightOfString(item.value, { width }), perLine * (item.maxLines ?? 1)),
  );
  return Math.max(perLine, ...heights) + ROW_GAP;
}

export function keyValuesMinHeight(flow: Flow, block: KeyValuesBlock): number {
  const first = rows(block)[0];
  return first ? rowHeight(flow, block, first) : 0;
}

export function drawKeyValues(flow: Flow, block: KeyValuesBlock): void {
  const style = styles(flow);
  const labelWidth = block.labelWidth ?? 62;
  for (const row of rows(block)) {
    const height = rowHeight(flow, block, row);
    flow.ensure(height);
    const width = cellWidth(flow, block, row);
    row.forEach((item, i) => {
      const x = flow.box.left + i * (width + COLUMN_GAP);
      boxedText(flow.doc, item.label, x, flow.y + 1, labelWidth - 4, 1, style.label);
      boxedText(
        flow.doc,
        item.value,
        x + labelWidth,
        flow.y,
        width - labelWidth,
        item.maxLines ?? 1,
        style.value,
      );
    });
    flow.y += height;
  }
  flow.space(4);
}
