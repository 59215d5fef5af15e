import SVGtoPDF from 'svg-to-pdfkit';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { drawnSvg } from './svg-markup';

/** Drawing helpers: every text has a bounded box, so none can add a page. */

export interface TextStyle {
  size: number;
  color: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Line spacing added to the font's own line height, in points. */
  lineGap?: number;
}

function applyStyle(doc: PDFKit.PDFDocument, style: TextStyle): void {
  doc
    .font(style.bold ? FONT_BOLD : FONT_REGULAR)
    .fontSize(style.size)
    .fillColor(style.color);
}

export function lineHeight(doc: PDFKit.PDFDocument, style: TextStyle): number {
  applyStyle(doc, style);
  return doc.currentLineHeight(true) + (style.lineGap ?? 0);
}

/**
 * Writes text in a box of at most `maxLines` lines, ending with an ellipsis mark when it does not
 * fit. Returns the height used. A height is always passed to pdfkit: without one, text that
 * reaches the bottom margin continues on a new page.
 */
export function boxedText(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  maxLines: number,
  style: TextStyle,
  ellipsis: string = '…',
): number {
  const perLine = lineHeight(doc, style);
  const options = { width, align: style.align ?? 'left', lineGap: style.lineGap ?? 0 };
  // A hair of slack so a box of exactly N lines does not lose its last line to rounding.
  doc.text(text, x, y, { ...options, height: perLine * maxLines + 0.5, ellipsis });
  // pdfkit leaves its cursor under the last line it wrote: the height used, without laying the
  // text out a second time to measure it (text layout is most of a long document's time).
  return Math.min(doc.y - y, perLine * maxLines);
}

/** Mixes a #rrggbb colour with white: 0 keeps the colour, 1 gives white. */
export function tint(hex: string, amount: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${channels
    .map((c) => Math.round(c + (255 - c) * amount))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** Places SVG markup (a chart) as vectors in the box, scaled to it; its text is set in the registered fonts. */
export function drawSvg(
  doc: PDFKit.PDFDocument,
  svg: string,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  SVGtoPDF(doc, drawnSvg(svg), x, y, {
    width,
    height,
    assumePt: true,
    // The box given wins over the <svg>'s own width and height: a chart drawn at one size can be
    // placed larger (the large-type documents), scaled through its viewBox.
    preserveAspectRatio: 'xMinYMin meet',
    fontCallback: (_family, bold) => (bold ? FONT_BOLD : FONT_REGULAR),
    // recharts' markup carries browser-only attributes (role, tabindex) that the converter reports
    // as unsupported; they change nothing in the drawing.
    warningCallback: () => undefined,
  });
}
