import { execFileSync } from 'node:child_process';

/** poppler-utils and qpdf, as a reader of the PDF would see it. */

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

export const pdfText = (file: string) => run('pdftotext', ['-enc', 'UTF-8', file, '-']);
export const pdfFonts = (file: string) => run('pdffonts', [file]);
export const pdfImages = (file: string) => run('pdfimages', ['-list', file]);
export const qpdfCheck = (file: string) => run('qpdf', ['--check', file]);

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-isodates', file]).split('\n')) {
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
