import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The CJK fonts shipped in resources/fonts. Each file is read and parsed once per process: parsing a
 * 5.6 MB Noto Sans Hant file costs tens of milliseconds, and pdfkit would redo it for every
 * document (and for every use when given a Buffer without a registered name).
 */
export const FONT_REGULAR = 'NotoSansHant';
export const FONT_BOLD = 'NotoSansHant-Bold';

const FILES = { [FONT_REGULAR]: 'NotoSansHant-Regular.otf', [FONT_BOLD]: 'NotoSansHant-Bold.otf' } as const;

export interface PdfFonts {
  readonly regular: fontkit.Font;
  readonly bold: fontkit.Font;
}

const loaded = new Map<string, PdfFonts>();

function parse(fontsDir: string, file: string): fontkit.Font {
  return fontkit.create(readFileSync(join(fontsDir, file)));
}

/** Loads the fonts of a directory, or returns the ones this process already parsed. */
export function loadFonts(fontsDir: string): PdfFonts {
  let fonts = loaded.get(fontsDir);
  if (!fonts) {
    fonts = { regular: parse(fontsDir, FILES[FONT_REGULAR]), bold: parse(fontsDir, FILES[FONT_BOLD]) };
    loaded.set(fontsDir, fonts);
  }
  return fonts;
}

/**
 * Registers the fonts by name in one document, so pdfkit keeps one embedded (subset) font per name
 * for the whole document. pdfkit takes a parsed fontkit font wherever it takes a font file
 * (PDFFontFactory.open checks for `layout`); its types only list files, hence the cast.
 */
export function registerFonts(doc: PDFKit.PDFDocument, fonts: PdfFonts): void {
  doc.registerFont(FONT_REGULAR, fonts.regular as unknown as Uint8Array);
  doc.registerFont(FONT_BOLD, fonts.bold as unknown as Uint8Array);
}
