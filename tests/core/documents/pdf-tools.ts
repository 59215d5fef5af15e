import { execFileSync } from 'node:child_process';

/** poppler-utils and qpdf, as a reader of the PDF would see it. */

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

export const pdfText = (file: string) => run('pdftotext', ['-enc', 'UTF-8', file, '-']);
/** The text of one page (1-based). */
export const pdfPageText = (file: string, page: number) =>
  run('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']);
export const pdfFonts = (file: string) => run('pdffonts', [file]);
export const pdfImages = (file: string) => run('pdfimages', ['-list', file]);
export const qpdfCheck = (file: string) => run('qpdf', ['--check', file]);

/** pdfinfo's fields; `-box` adds MediaBox, CropBox and the other page boxes of the first page. */
export function pdfInfo(file: string, ...options: '-box'[]): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-isodates', ...options, file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!] = match[2]!;
  }
  return info;
}

/** Rows of a `pdffonts` or `pdfimages -list` table, below its two header lines. */
export function tableRows(output: string): string[] {
  return output
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
}
