import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument, type DocumentSpec } from '../../../electron/core/documents/document';
import { loadFonts } from '../../../electron/core/documents/fonts';
import { bodyBox, documentTheme } from '../../../electron/core/documents/theme';
import { FONTS_DIR } from './fixtures';
import { HEADINGS, longDocument, ROW_COUNT, rowMark, TABLE_HEADERS } from './long-document';
import { pdfFonts, pdfImages, pdfInfo, pdfPageText, qpdfCheck, tableRows } from './pdf-tools';

const fonts = loadFonts(FONTS_DIR);
let dir: string;

async function renderToFile(name: string, spec: DocumentSpec): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderDocument(spec, fonts));
  return file;
}

function pageTexts(file: string): string[] {
  const pages = Number(pdfInfo(file).Pages);
  return Array.from({ length: pages }, (_, i) => pdfPageText(file, i + 1));
}

const count = (text: string, part: string) => text.split(part).length - 1;

let long: string;
let pages: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'advisordesk-doc-'));
  long = await renderToFile('long', await longDocument());
  pages = pageTexts(long);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a 12-page document with a long table', () => {
  it('has 12 A4 pages, its title and the firm as author, and passes qpdf --check', () => {
    const info = pdfInfo(long);
    expect(info.Pages).toBe('12');
    expect(info['Page size']).toContain('595.28 x 841.89');
    expect(info.Title).toBe('退休規劃建議書－王美玲');
    expect(info.Subject).toBe('退休規劃建議書');
    expect(info.Author).toBe('北辰證券 財富管理部');
    expect(qpdfCheck(long)).toContain('No syntax or stream encoding errors');
    expect(readFileSync(long, 'latin1')).toContain('/Lang (zh-TW)');
  });

  it('embeds the logo once and draws it on every page', () => {
    const images = tableRows(pdfImages(long));
    expect(images).toHaveLength(12);
    // Columns: page num type width height … object ID: one object for all twelve.
    const objects = new Set(images.map((row) => row.trim().split(/\s+/)[10]));
    expect(objects.size).toBe(1);
  });

  it('embeds only subset fonts', () => {
    const rows = tableRows(pdfFonts(long));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+NotoSansHant.*\byes\s+yes\s+yes\s/);
  });

  it('writes 第 n 頁／共 12 頁 and the running header on every page', () => {
    pages.forEach((text, i) => {
      expect(text).toContain(`第 ${i + 1} 頁／共 12 頁`);
      expect(count(text, '第 ')).toBe(1);
      expect(text).toContain('北辰證券 財富管理部');
      expect(text).toContain('退休規劃建議書');
      expect(text).toContain('機密文件：僅供客戶本人參閱。');
    });
  });

  it('puts every table row on exactly one page, in order, with no row lost', () => {
    const seen: number[] = [];
    pages.forEach((text, i) => {
      for (let n = 1; n <= ROW_COUNT; n += 1) {
        const times = count(text, rowMark(n));
        expect(times, `${rowMark(n)} on page ${i + 1}`).toBeLessThanOrEqual(1);
        if (times === 1) seen.push(n);
      }
    });
    expect(seen).toEqual(Array.from({ length: ROW_COUNT }, (_, i) => i + 1));
  });

  it('repeats the header row at the top of every page the table spans, and nowhere else', () => {
    const spanned = pages.flatMap((text, i) => (/R\d{4}/.test(text) ? [i] : []));
    expect(spanned.length).toBeGreaterThanOrEqual(8);
    // Contiguous pages: the table is never interrupted.
    expect(spanned.at(-1)! - spanned[0]!).toBe(spanned.length - 1);
    pages.forEach((text, i) => {
      for (const header of TABLE_HEADERS) {
        expect(count(text, header), `${header} on page ${i + 1}`).toBe(spanned.includes(i) ? 1 : 0);
      }
      if (!spanned.includes(i)) return;
      // The header comes before the first row of the page.
      expect(text.indexOf(TABLE_HEADERS[0]!)).toBeLessThan(text.search(/R\d{4}/));
    });
  });

  it('lists each heading in the table of contents with the page it is on', () => {
    const toc = pages[0]!;
    expect(toc).toContain('目錄');
    const listed = Object.values(HEADINGS).map((heading) => {
      const match = new RegExp(`${heading}\\s+(\\d+)`).exec(toc);
      expect(match, heading).not.toBeNull();
      return [heading, Number(match![1])] as const;
    });
    for (const [heading, page] of listed) {
      const found = pages.flatMap((text, i) => (i !== 0 && text.includes(heading) ? [i + 1] : []));
      expect(found, heading).toEqual([page]);
    }
    expect(Object.fromEntries(listed)).toMatchObject({ [HEADINGS.summary]: 2, [HEADINGS.closing]: 12 });
  });
});

describe('page flow', () => {
  it('never ends a page with a heading: it moves to the next page with what follows', async () => {
    const spec = await longDocument();
    const box = bodyBox(documentTheme(spec.branding));
    const file = await renderToFile('kept', {
      ...spec,
      blocks: [
        // Leaves 30 points: room for the heading alone, not for the heading and two lines.
        { kind: 'spacer', height: box.bottom - box.top - 30 },
        { kind: 'heading', level: 1, text: '與下文同頁的標題' },
        { kind: 'paragraph', text: '第一行的內容。'.repeat(40) },
      ],
    });
    const [first, second] = pageTexts(file);
    expect(first).not.toContain('與下文同頁的標題');
    expect(second).toContain('與下文同頁的標題');
    expect(second).toContain('第一行的內容');
  });

  it('lays a 16:9 deck out in English with Page n of m', async () => {
    const file = await renderToFile('deck', await longDocument({ size: 'deck', language: 'en' }));
    const info = pdfInfo(file, '-box');
    expect(info.MediaBox).toBe('0.00     0.00   960.00   540.00');
    const deck = pageTexts(file);
    expect(deck.length).toBe(Number(info.Pages));
    deck.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${deck.length}`));
    expect(deck[0]).toContain('Contents');
    expect(readFileSync(file, 'latin1')).toContain('/Lang (en)');
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
  });
});
