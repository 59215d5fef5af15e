import type { Branding } from '../../../shared/features/settings';
import { boxedText, lineHeight, type TextStyle } from './layout';
import { footerTop, type DocumentTheme } from './theme';

/** The running header (the firm's band: logo, name, document title) and footer of every page. */

export interface RunningHeader {
  title: string;
  /** Under the title, e.g. the date the data was last updated. */
  subtitle?: string;
  /** Under the firm's name. */
  tagline?: string;
  /** A mark in the band on every page, e.g. "草稿" on a proposal not yet presented. */
  stamp?: string;
}

const STAMP_COLOR = '#c00000';

/** The stamp as a white plate with red type left of the title; returns its left edge. */
function drawStamp(doc: PDFKit.PDFDocument, theme: DocumentTheme, stamp: string, right: number): number {
  const style: TextStyle = { size: 11, color: STAMP_COLOR, bold: true, align: 'center' };
  lineHeight(doc, style);
  const width = doc.widthOfString(stamp) + 18;
  const height = 20;
  const x = right - width;
  const y = (theme.headerHeight - height) / 2;
  doc.roundedRect(x, y, width, height, 3).fill('#ffffff');
  doc
    .roundedRect(x + 1.5, y + 1.5, width - 3, height - 3, 2)
    .lineWidth(1)
    .stroke(STAMP_COLOR);
  boxedText(doc, stamp, x, y + 3, width, 1, style);
  return x;
}

export interface RunningFooter {
  /** Left: when the document was made. */
  left: string;
  /** A line across the bottom, e.g. a confidentiality notice. */
  notice?: string;
}

function drawLogo(doc: PDFKit.PDFDocument, theme: DocumentTheme, logoDataUrl: string): number {
  const height = Math.round(theme.headerHeight * 0.62);
  const box = { x: theme.marginX, y: (theme.headerHeight - height) / 2, width: height * 2, height };
  // A white plate keeps any logo legible on any brand colour.
  doc.roundedRect(box.x, box.y, box.width, box.height, 4).fill('#ffffff');
  const inset = height * 0.1;
  try {
    // Given as its data: URL, the image is decoded and embedded once per document and the other
    // pages refer to it (pdfkit keeps images opened from a string by that string).
    doc.image(logoDataUrl, box.x + inset, box.y + inset, {
      fit: [box.width - 2 * inset, box.height - 2 * inset],
      align: 'center',
      valign: 'center',
    });
  } catch {
    // A logo that passed the schema but does not decode must not cost the advisor the document.
  }
  return box.x + box.width + 14;
}

export function drawRunningHeader(
  doc: PDFKit.PDFDocument,
  theme: DocumentTheme,
  branding: Branding,
  header: RunningHeader,
): void {
  const { page, headerHeight, marginX, colors } = theme;
  doc.rect(0, 0, page.width, headerHeight).fill(colors.primary);
  const tall = headerHeight >= 80;
  const white = { color: colors.onPrimary };
  const title: TextStyle = { ...white, size: tall ? 22 : 15, bold: true, align: 'right' };
  const small: TextStyle = { ...white, size: tall ? 9 : 8 };
  const firm: TextStyle = { ...white, size: tall ? 15 : 12.5, bold: true };

  // The title and its subtitle keep their width; the firm's name gets the rest of the band.
  const half = (page.width - 2 * marginX) / 2;
  lineHeight(doc, title);
  let titleWidth = doc.widthOfString(header.title);
  lineHeight(doc, small);
  titleWidth = Math.min(half, Math.max(titleWidth, doc.widthOfString(header.subtitle ?? '')) + 2);
  const titleX = page.width - marginX - titleWidth;
  const hasSub = header.subtitle !== undefined;
  const titleY = hasSub ? headerHeight / 2 - title.size * 1.25 + 2 : (headerHeight - title.size * 1.4) / 2;
  boxedText(doc, header.title, titleX, titleY, titleWidth, 1, title);
  if (header.subtitle) {
    boxedText(doc, header.subtitle, titleX, headerHeight / 2 + 5, titleWidth, 1, {
      ...small,
      align: 'right',
    });
  }

  const firmRight = header.stamp ? drawStamp(doc, theme, header.stamp, titleX - 14) : titleX;
  const firmX = branding.logoDataUrl ? drawLogo(doc, theme, branding.logoDataUrl) : marginX;
  const firmWidth = firmRight - 20 - firmX;
  const hasTagline = header.tagline !== undefined;
  const firmY = hasTagline ? headerHeight / 2 - firm.size - 1 : (headerHeight - firm.size * 1.4) / 2;
  boxedText(doc, branding.firmName, firmX, firmY, firmWidth, 1, firm);
  if (header.tagline) boxedText(doc, header.tagline, firmX, headerHeight / 2 + 5, firmWidth, 1, small);
}

export function drawRunningFooter(
  doc: PDFKit.PDFDocument,
  theme: DocumentTheme,
  footer: RunningFooter,
  pageOf: string,
): void {
  const { page, marginX, colors, sizes } = theme;
  const top = footerTop(theme);
  const width = page.width - 2 * marginX;
  doc
    .moveTo(marginX, top)
    .lineTo(page.width - marginX, top)
    .lineWidth(0.5)
    .strokeColor(colors.rule)
    .stroke();
  const small: TextStyle = { size: sizes.footer, color: colors.muted };
  boxedText(doc, footer.left, marginX, top + 5, width * 0.6, 1, small);
  boxedText(doc, pageOf, marginX + width * 0.6, top + 5, width * 0.4, 1, { ...small, align: 'right' });
  if (footer.notice)
    boxedText(doc, footer.notice, marginX, top + 17, width, 1, { ...small, align: 'center' });
}

/**
 * Writes header and footer on every buffered page, now that the page count is known. The footer
 * lies below the body's bottom margin, where pdfkit would start a new page for text that reaches
 * it, so each page's margins are set to zero first (every text here has a bounded box as well).
 */
export function drawPageFurniture(
  doc: PDFKit.PDFDocument,
  theme: DocumentTheme,
  branding: Branding,
  parts: { header: RunningHeader; footer: RunningFooter; pageOf: (page: number, pages: number) => string },
): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    drawRunningHeader(doc, theme, branding, parts.header);
    drawRunningFooter(doc, theme, parts.footer, parts.pageOf(index + 1, count));
  }
}
