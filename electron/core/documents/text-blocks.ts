import type { Flow } from './flow';
import { boxedText, lineHeight, type TextStyle } from './layout';

/** Headings and paragraphs of a flowing document. */

export interface HeadingBlock {
  kind: 'heading';
  text: string;
  level: 1 | 2;
  /** Listed in the table of contents (default true for level 1, false for level 2). */
  toc?: boolean;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  muted?: boolean;
  small?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Cut to this many lines, ending with an ellipsis. */
  maxLines?: number;
  /** Cut to the space left on the page, ending with `ellipsis`: for one-page documents. */
  fitPage?: { ellipsis: string };
  /**
   * Prominent type (顯著字體): bold, larger, in a ruled box kept whole on one page, for what a
   * reader must not miss, such as a structured note's maximum loss.
   */
  prominent?: boolean;
}

const PROMINENT_COLOR = '#c00000';
const PROMINENT_PAD = 7;

/** Below a level-1 heading's line: its rule and the space under it. */
const LEVEL1_SPACE = 10;
const PARAGRAPH_GAP = 6;
/** A paragraph that breaks keeps at least this many lines with the heading above it. */
const MIN_LINES_AFTER_HEADING = 2;

export function headingHeight(flow: Flow, block: HeadingBlock): number {
  return lineHeight(flow.doc, headingStyle(flow, block)) + (block.level === 1 ? LEVEL1_SPACE : 6);
}

function headingStyle(flow: Flow, block: HeadingBlock): TextStyle {
  const { colors, sizes } = flow.theme;
  return block.level === 1
    ? { size: sizes.h1, color: colors.primary, bold: true }
    : { size: sizes.h2, color: colors.text, bold: true };
}

/** Draws at the cursor; the caller has made room (headings keep with what follows). */
export function drawHeading(flow: Flow, block: HeadingBlock): void {
  const { doc, box, theme } = flow;
  const style = headingStyle(flow, block);
  if (block.level === 1) {
    doc.rect(box.left, flow.y + 1, 3, style.size + 1.5).fill(theme.colors.primary);
    boxedText(doc, block.text, box.left + 9, flow.y, flow.width - 9, 1, style);
    const ruleY = flow.y + lineHeight(doc, style) + 2;
    doc.moveTo(box.left, ruleY).lineTo(box.right, ruleY).lineWidth(0.75);
    doc.strokeColor(theme.colors.primaryLight).stroke();
  } else {
    boxedText(doc, block.text, box.left, flow.y, flow.width, 1, style);
  }
  flow.space(headingHeight(flow, block));
}

function paragraphStyle(flow: Flow, block: ParagraphBlock): TextStyle {
  const { colors, sizes } = flow.theme;
  if (block.prominent)
    return { size: sizes.h2, color: colors.text, bold: true, align: block.align, lineGap: 2 };
  return {
    size: block.small ? sizes.small : sizes.body,
    color: block.muted ? colors.muted : colors.text,
    align: block.align,
    lineGap: 2,
  };
}

function fullHeight(flow: Flow, block: ParagraphBlock, style: TextStyle): number {
  lineHeight(flow.doc, style);
  return flow.doc.heightOfString(block.text, { width: flow.width, lineGap: style.lineGap });
}

function prominentHeight(flow: Flow, block: ParagraphBlock, style: TextStyle): number {
  lineHeight(flow.doc, style);
  const width = flow.width - 2 * PROMINENT_PAD - 4;
  return flow.doc.heightOfString(block.text, { width, lineGap: style.lineGap }) + 2 * PROMINENT_PAD;
}

/** A box with a thick left rule in red: the text inside is never cut and never split over pages. */
function drawProminent(flow: Flow, block: ParagraphBlock, style: TextStyle): void {
  const { doc, box } = flow;
  const height = prominentHeight(flow, block, style);
  flow.ensure(height);
  doc.rect(box.left, flow.y, flow.width, height).lineWidth(1.2).stroke(PROMINENT_COLOR);
  doc.rect(box.left, flow.y, 4, height).fill(PROMINENT_COLOR);
  const lines = Math.ceil((height - 2 * PROMINENT_PAD) / lineHeight(doc, style));
  const x = box.left + 4 + PROMINENT_PAD;
  boxedText(doc, block.text, x, flow.y + PROMINENT_PAD, flow.width - 2 * PROMINENT_PAD - 4, lines, style);
  flow.space(height + PARAGRAPH_GAP);
}

/** The height that must fit on the page where the paragraph starts. */
export function paragraphMinHeight(flow: Flow, block: ParagraphBlock): number {
  const style = paragraphStyle(flow, block);
  if (block.prominent) return prominentHeight(flow, block, style);
  const lines = block.fitPage ? 1 : Math.min(block.maxLines ?? Infinity, MIN_LINES_AFTER_HEADING);
  return Math.min(fullHeight(flow, block, style), lineHeight(flow.doc, style) * lines);
}

export function drawParagraph(flow: Flow, block: ParagraphBlock): void {
  const { doc, box } = flow;
  const style = paragraphStyle(flow, block);
  if (block.prominent) return drawProminent(flow, block, style);
  flow.ensure(paragraphMinHeight(flow, block));
  const perLine = lineHeight(doc, style);
  const fitLines = block.fitPage ? Math.max(1, Math.floor(flow.remaining / perLine)) : undefined;
  const maxLines = Math.min(block.maxLines ?? Infinity, fitLines ?? Infinity);
  if (Number.isFinite(maxLines)) {
    const ellipsis = block.fitPage?.ellipsis ?? '…';
    flow.space(boxedText(doc, block.text, box.left, flow.y, flow.width, maxLines, style, ellipsis));
  } else {
    // No height: pdfkit continues the paragraph on new pages, inside the body margins.
    doc.text(block.text, box.left, flow.y, {
      width: flow.width,
      align: style.align ?? 'left',
      lineGap: style.lineGap,
    });
    flow.syncFromDoc();
  }
  flow.space(PARAGRAPH_GAP);
}
