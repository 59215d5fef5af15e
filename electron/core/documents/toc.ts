import type { Flow } from './flow';
import { boxedText, lineHeight, type TextStyle } from './layout';

/**
 * The table of contents. Page numbers are known only once the document is laid out, so its pages
 * are reserved where it stands (as many as its entries need) and filled in at the end.
 */

export interface TocBlock {
  kind: 'toc';
}

export interface TocEntry {
  text: string;
  level: 1 | 2;
  /** 1-based page number, as the footer prints it. */
  page: number;
  /** Named destination at the heading: the entry links to it. */
  destination: string;
}

export interface TocReservation {
  /** 0-based index of the first reserved page. */
  firstPage: number;
  pages: number;
}

const TITLE_HEIGHT = 34;

function entryStyle(flow: Flow, level: 1 | 2): TextStyle {
  const { colors, sizes } = flow.theme;
  return { size: sizes.body + (level === 1 ? 1 : 0), color: level === 1 ? colors.text : colors.muted };
}

function entryHeight(flow: Flow): number {
  return lineHeight(flow.doc, entryStyle(flow, 1)) + 7;
}

/** Starts the table of contents on a page of its own and keeps the pages its entries will need. */
export function reserveToc(flow: Flow, entryCount: number): TocReservation {
  if (!flow.atPageTop) flow.newPage();
  const firstPage = flow.pageNumber - 1;
  const perPage = Math.floor((flow.box.bottom - flow.box.top - TITLE_HEIGHT) / entryHeight(flow));
  const pages = Math.max(1, Math.ceil(entryCount / perPage));
  for (let i = 0; i < pages; i += 1) flow.newPage();
  return { firstPage, pages };
}

export function drawToc(flow: Flow, reservation: TocReservation, entries: TocEntry[], title: string): void {
  const { doc, box, theme } = flow;
  let page = reservation.firstPage;
  doc.switchToPage(page);
  boxedText(doc, title, box.left, box.top, flow.width, 1, {
    size: theme.sizes.h1 + 3,
    color: theme.colors.primary,
    bold: true,
  });
  let y = box.top + TITLE_HEIGHT;
  const height = entryHeight(flow);
  const numberWidth = 40;
  for (const entry of entries) {
    if (y + height > box.bottom) {
      page += 1;
      doc.switchToPage(page);
      y = box.top;
    }
    const style = entryStyle(flow, entry.level);
    lineHeight(doc, style);
    const indent = entry.level === 1 ? 0 : 16;
    const textWidth = Math.min(doc.widthOfString(entry.text), flow.width - numberWidth - indent - 20);
    boxedText(doc, entry.text, box.left + indent, y, textWidth + 1, 1, style);
    const number = String(entry.page);
    boxedText(doc, number, box.right - numberWidth, y, numberWidth, 1, { ...style, align: 'right' });
    // Dot leader from the end of the title to the page number.
    const leaderY = y + lineHeight(doc, style) - 4;
    const leaderEnd = box.right - doc.widthOfString(number) - 6;
    doc.moveTo(box.left + indent + textWidth + 6, leaderY).lineTo(leaderEnd, leaderY);
    doc.lineWidth(0.6).dash(0.6, { space: 2.4 }).strokeColor(theme.colors.muted).stroke().undash();
    doc.goTo(box.left, y, flow.width, height - 4, entry.destination);
    y += height;
  }
}
