import { execFileSync } from 'node:child_process';
import { pdfInfo } from '../../../documents/pdf-tools';

/** Reading a proposal PDF back: its text without line breaks, its text sizes, its XMP packet. */

/** pdftotext breaks lines where the page does; comparisons ignore all white space. */
export const squash = (text: string) => text.replace(/\s+/g, '');

/** The text in the order it is drawn (a table cell by cell), not as the page lays it out. */
export const rawText = (file: string) =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

export const pageCount = (file: string) => Number(pdfInfo(file).Pages);

/** The file with its streams uncompressed (qpdf's QDF form), as text. */
export function uncompressed(file: string): string {
  return execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], {
    encoding: 'latin1',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** How many text-setting operations use each font size, from the pages' content streams. */
export function fontSizes(file: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const match of uncompressed(file).matchAll(/\/F\d+ ([\d.]+) Tf/g)) {
    const size = Number(match[1]);
    counts.set(size, (counts.get(size) ?? 0) + 1);
  }
  return counts;
}

/** The size most text is set in: the body text. */
export function bodyTextSize(file: string): number {
  const [size] = [...fontSizes(file)].sort((a, b) => b[1] - a[1])[0]!;
  return size;
}

/** The XMP metadata packet. */
export function xmp(file: string): string {
  const text = uncompressed(file);
  const start = text.indexOf('<x:xmpmeta');
  return text.slice(start, text.indexOf('</x:xmpmeta>', start) + 12);
}
