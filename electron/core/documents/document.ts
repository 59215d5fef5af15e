import PDFDocument from 'pdfkit';
import type { Branding } from '../../../shared/features/settings';
import type { Language } from '../../../shared/i18n/messages';
import { bodyMargins, Flow } from './flow';
import { registerFonts, type PdfFonts } from './fonts';
import { drawPageFurniture, type RunningFooter, type RunningHeader } from './furniture';
import { drawKeyValues, keyValuesMinHeight, type KeyValuesBlock } from './key-values';
import { drawSvg, lineHeight } from './layout';
import { DOCUMENT_MESSAGES } from './messages';
import { drawTable, tableMinHeight, type TableBlock } from './table';
import { drawHeading, drawParagraph, headingHeight, paragraphMinHeight } from './text-blocks';
import type { HeadingBlock, ParagraphBlock } from './text-blocks';
import { bodyBox, documentTheme, type DocumentTheme, type PageSizeName } from './theme';
import { drawToc, reserveToc, type TocBlock, type TocEntry, type TocReservation } from './toc';

/**
 * The documents lane: a document is a list of blocks laid out top to bottom over as many pages as
 * it needs, with the firm's running header and footer, "第 n 頁／共 m 頁" and an optional table
 * of contents. Templates (the dossier, proposals, decks) build the blocks; nothing here knows them.
 */

export interface SvgBlock {
  kind: 'svg';
  /** The markup, or the chart worker's promise of it: the lane lays out on and draws it once it comes. */
  svg: string | Promise<string>;
  width: number;
  height: number;
  align?: 'left' | 'center';
}

/** A fixed-height piece a template draws itself at the given top-left corner. */
export interface CustomBlock {
  kind: 'custom';
  height: number;
  draw(doc: PDFKit.PDFDocument, at: { x: number; y: number; width: number }, theme: DocumentTheme): void;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | KeyValuesBlock
  | TableBlock
  | SvgBlock
  | CustomBlock
  | TocBlock
  | { kind: 'spacer'; height: number }
  /** Starts a new page unless this many lines of body text still fit: keeps a short section whole. */
  | { kind: 'needSpace'; lines: number }
  | { kind: 'pageBreak' };

export interface DocumentSpec {
  language: Language;
  size?: PageSizeName;
  /** A taller header band than the default (the dossier's). */
  headerHeight?: number;
  /** Larger text (documents for clients aged 65 and over). */
  largeType?: boolean;
  /**
   * Written as PDF/A-2b, for documents kept for years (proposals): XMP identification, the sRGB
   * output intent, PDF 1.7. Every font is embedded (as subsets) in any case.
   */
  archival?: boolean;
  branding: Branding;
  /** PDF metadata. The author is the firm. */
  metadata: { title: string; subject: string; creator: string; createdAt: Date; keywords?: string[] };
  header: RunningHeader;
  footer: RunningFooter;
  blocks: Block[];
}

function inToc(block: Block): block is HeadingBlock {
  return block.kind === 'heading' && (block.toc ?? block.level === 1);
}

/** What must fit on the page where a block starts, so a heading before it never ends a page alone. */
function minHeight(flow: Flow, block: Block): number {
  switch (block.kind) {
    case 'paragraph':
      return paragraphMinHeight(flow, block);
    case 'keyValues':
      return keyValuesMinHeight(flow, block);
    case 'table':
      return tableMinHeight(flow, block);
    case 'svg':
    case 'custom':
      return block.height;
    default:
      return 0;
  }
}

/** An SVG whose markup was still being drawn when the layout reached it: drawn in its place later. */
interface PendingSvg {
  page: number;
  x: number;
  y: number;
  block: SvgBlock & { svg: Promise<string> };
}

function drawBlock(
  flow: Flow,
  block: Exclude<Block, HeadingBlock | TocBlock>,
  pendingSvgs: PendingSvg[],
): void {
  switch (block.kind) {
    case 'paragraph':
      return drawParagraph(flow, block);
    case 'keyValues':
      return drawKeyValues(flow, block);
    case 'table':
      return drawTable(flow, block);
    case 'svg': {
      flow.ensure(block.height);
      const x = block.align === 'center' ? flow.box.left + (flow.width - block.width) / 2 : flow.box.left;
      const { svg } = block;
      if (typeof svg === 'string') drawSvg(flow.doc, svg, x, flow.y, block.width, block.height);
      else pendingSvgs.push({ page: flow.pageNumber - 1, x, y: flow.y, block: { ...block, svg } });
      return flow.space(block.height + 8);
    }
    case 'custom':
      flow.ensure(block.height);
      block.draw(flow.doc, { x: flow.box.left, y: flow.y, width: flow.width }, flow.theme);
      return flow.space(block.height);
    case 'spacer':
      return flow.space(block.height);
    case 'needSpace':
      return flow.ensure(
        block.lines * lineHeight(flow.doc, { size: flow.theme.sizes.body, color: flow.theme.colors.text }),
      );
    case 'pageBreak':
      if (!flow.atPageTop) flow.newPage();
  }
}

interface Laid {
  entries: TocEntry[];
  toc: TocReservation | null;
  pendingSvgs: PendingSvg[];
}

function layOut(flow: Flow, blocks: Block[]): Laid {
  const entries: TocEntry[] = [];
  const pendingSvgs: PendingSvg[] = [];
  let toc: TocReservation | null = null;
  let headings: HeadingBlock[] = [];
  const flushHeadings = () => {
    for (const heading of headings) {
      if (inToc(heading)) {
        const destination = `h${entries.length + 1}`;
        flow.doc.addNamedDestination(destination, 'XYZ', flow.box.left, flow.y, null);
        entries.push({ text: heading.text, level: heading.level, page: flow.pageNumber, destination });
      }
      drawHeading(flow, heading);
    }
    headings = [];
  };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      headings.push(block);
      continue;
    }
    if (block.kind === 'toc') {
      toc = reserveToc(flow, blocks.filter(inToc).length);
      continue;
    }
    // Keep-with-next: the pending headings and the start of this block go on the same page.
    const pending = headings.reduce((sum, h) => sum + headingHeight(flow, h), 0);
    if (pending > 0) flow.ensure(pending + minHeight(flow, block));
    flushHeadings();
    drawBlock(flow, block, pendingSvgs);
  }
  flushHeadings();
  return { entries, toc, pendingSvgs };
}

/** Draws each chart still being drawn in its place, in order, as each comes. */
async function drawPendingSvgs(doc: PDFKit.PDFDocument, pending: PendingSvg[]): Promise<void> {
  for (const { page, x, y, block } of pending) {
    const svg = await block.svg;
    doc.switchToPage(page);
    drawSvg(doc, svg, x, y, block.width, block.height);
  }
}

/**
 * pdfkit copies the metadata into the XMP packet without escaping it, so a firm named "A & B"
 * would make the XMP invalid XML: the three markup characters are written in their full-width forms.
 */
function metadataText(text: string): string {
  return text.replace(/[&<>]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/**
 * Lays out and writes the document. Its text is laid out while the charts it draws may still be
 * coming from the chart worker; they are drawn in their places once they come.
 */
export async function renderDocument(spec: DocumentSpec, fonts: PdfFonts): Promise<Buffer> {
  const theme = documentTheme(spec.branding, {
    size: spec.size,
    headerHeight: spec.headerHeight,
    largeType: spec.largeType,
  });
  const box = bodyBox(theme);
  const { metadata } = spec;
  const keywords = metadata.keywords?.join(', ');
  const doc = new PDFDocument({
    size: [theme.page.width, theme.page.height],
    margins: bodyMargins(theme, box),
    bufferPages: true,
    // No default font: pdfkit would otherwise parse Helvetica's metrics for every document (never
    // used), and a default given as a parsed font makes every later switch to the registered name
    // open the font again and compare name tables (pdfkit caches it under the font's own name only).
    font: null as unknown as string,
    lang: spec.language,
    displayTitle: true,
    ...(spec.archival ? { subset: 'PDF/A-2b' as const, pdfVersion: '1.7' as const } : {}),
    info: {
      Title: metadataText(metadata.title),
      Subject: metadataText(metadata.subject),
      Author: metadataText(spec.branding.firmName),
      Creator: metadataText(metadata.creator),
      Producer: 'AdvisorDesk',
      ...(keywords ? { Keywords: metadataText(keywords) } : {}),
      CreationDate: metadata.createdAt,
      // PDF/A wants every Info entry mirrored in the XMP, and pdfkit's XMP has no modify date.
      ...(spec.archival ? {} : { ModDate: metadata.createdAt }),
    },
  });
  const bytes = collect(doc);
  registerFonts(doc, fonts);
  const flow = new Flow(doc, theme, box);
  const { entries, toc, pendingSvgs } = layOut(flow, spec.blocks);
  const messages = DOCUMENT_MESSAGES[spec.language];
  if (toc) drawToc(flow, toc, entries, messages.tableOfContents);
  try {
    await drawPendingSvgs(doc, pendingSvgs);
  } catch (error) {
    doc.end(); // the unfinished document is dropped: its bytes are never returned
    await bytes.catch(() => undefined);
    throw error;
  }
  drawPageFurniture(doc, theme, spec.branding, {
    header: spec.header,
    footer: spec.footer,
    pageOf: messages.pageOf,
  });
  doc.end();
  return bytes;
}
