import type { BodyBox, DocumentTheme } from './theme';

/**
 * The cursor of a flowing document: which page, how far down, and when to start the next page.
 * Every page shares one body box (below the running header, above the footer), and pdfkit's own
 * page margins are set to that box, so text pdfkit continues on a new page lands inside it too.
 */
export class Flow {
  y: number;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly theme: DocumentTheme,
    readonly box: BodyBox,
  ) {
    this.y = box.top;
  }

  get width(): number {
    return this.box.right - this.box.left;
  }

  /** Space left on the current page. */
  get remaining(): number {
    return this.box.bottom - this.y;
  }

  get atPageTop(): boolean {
    return this.y <= this.box.top;
  }

  /** 1-based number of the page being written (pages are only ever appended while flowing). */
  get pageNumber(): number {
    const { start, count } = this.doc.bufferedPageRange();
    return start + count;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.box.top;
  }

  /** Starts a new page unless `height` still fits; a page that is still empty is never left empty. */
  ensure(height: number): void {
    if (height > this.remaining && !this.atPageTop) this.newPage();
  }

  /** Follows pdfkit's cursor after text it may have continued on further pages. */
  syncFromDoc(): void {
    this.y = this.doc.y;
  }

  space(height: number): void {
    this.y = Math.min(this.y + height, this.box.bottom);
  }
}

/** pdfkit page margins equal to the body box, for the PDFDocument and every page it adds. */
export function bodyMargins(theme: DocumentTheme, box: BodyBox) {
  return {
    top: box.top,
    bottom: theme.page.height - box.bottom,
    left: box.left,
    right: theme.page.width - box.right,
  };
}
