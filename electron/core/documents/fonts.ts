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

/** What pdfkit's embedded font does with a string: its shaped glyphs (see sharedWordShapes). */
interface EmbeddedFont {
  font: fontkit.Font;
  layoutRun(text: string): unknown;
  layoutCached(text: string): unknown;
}

/** Strings up to this length are words (a CJK character, "NT$", "12.5%"); longer ones are lines. */
const WORD_LENGTH = 8;
/** Enough for every word and character of many documents; beyond it words are shaped per document. */
const MAX_WORDS = 20_000;
const wordShapes = new WeakMap<fontkit.Font, Map<string, unknown>>();

/**
 * pdfkit shapes each word through fontkit (GSUB/GPOS lookups: a CJK character costs as much as a
 * Latin word) to measure it for line breaking, and keeps the result for one document only. The
 * result is a property of the font and the exact string, so words (not whole lines, which are
 * rarely the same twice) are kept once per process for every document that uses the font.
 */
function shareWordShapes(doc: PDFKit.PDFDocument, name: string): void {
  doc.font(name);
  const embedded = (doc as unknown as { _font: EmbeddedFont })._font;
  const own = embedded.layoutCached.bind(embedded);
  let shapes = wordShapes.get(embedded.font);
  if (!shapes) wordShapes.set(embedded.font, (shapes = new Map()));
  const words = shapes;
  embedded.layoutCached = (text) => {
    if (text.length > WORD_LENGTH) return own(text);
    let run = words.get(text);
    if (run === undefined) {
      run = embedded.layoutRun(text);
      if (words.size < MAX_WORDS) words.set(text, run);
    }
    return run;
  };
}

/**
 * Registers the fonts by name in one document, so pdfkit keeps one embedded (subset) font per name
 * for the whole document. pdfkit takes a parsed fontkit font wherever it takes a font file
 * (PDFFontFactory.open checks for `layout`); its types only list files, hence the cast.
 */
export function registerFonts(doc: PDFKit.PDFDocument, fonts: PdfFonts): void {
  doc.registerFont(FONT_REGULAR, fonts.regular as unknown as Uint8Array);
  doc.registerFont(FONT_BOLD, fonts.bold as unknown as Uint8Array);
  shareWordShapes(doc, FONT_REGULAR);
  shareWordShapes(doc, FONT_BOLD);
}
