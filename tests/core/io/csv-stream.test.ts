import { describe, expect, it } from 'vitest';
import { decodeChunks, detectEncoding, streamCsvRecords } from '../../../electron/core/io/csv/stream';
import type { CsvRecord } from '../../../electron/core/io/csv/read';

async function* chunked(text: string, size: number) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function records(text: string, size = 7): Promise<CsvRecord[]> {
  const seen: CsvRecord[] = [];
  await streamCsvRecords(chunked(text, size), (r) => seen.push(r), 100);
  return seen;
}

describe('streamed CSV records', () => {
  it('splits plain and quoted cells over any chunking, with the line each record starts on', async () => {
    const text = 'a,b,c\r\n1,"2,5","say ""hi"""\n\n,,\n"multi\nline",x,y\nlast,,';
    for (const size of [1, 3, 7, 1000]) {
      expect(await records(text, size)).toEqual([
        { line: 1, cells: ['a', 'b', 'c'] },
        { line: 2, cells: ['1', '2,5', 'say "hi"'] },
        { line: 5, cells: ['multi\nline', 'x', 'y'] },
        { line: 7, cells: ['last', '', ''] },
      ]);
    }
    expect(await records('a\tb\n1\t2\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });

  it('refuses quote problems, an empty file and too many rows, naming the line', async () => {
    const problem = async (text: string) =>
      (await records(text).catch((e: { details: { errors: unknown[] } }) => e.details.errors))[0];
    expect(await problem('a,b\n1,"open\n2,3\n')).toMatchObject({
      line: 2,
      message: 'import.csv.quoteNotClosed',
    });
    expect(await problem('a,b\n1,x"y\n')).toMatchObject({ line: 2, message: 'import.csv.openingQuote' });
    expect(await problem('a,b\n"1"x,2\n')).toMatchObject({ line: 2, message: 'import.csv.closingQuote' });
    expect(await problem('\n\n')).toMatchObject({ message: 'import.file.empty' });
    expect(await problem('a,b\n')).toMatchObject({ message: 'import.file.noRows' });
    const many = `h\n${'1\n'.repeat(101)}`;
    expect(await problem(many)).toMatchObject({ line: 102, message: 'import.file.tooManyRows' });
  });

  it('detects UTF-8 (with or without BOM) and Big5, and decodes across chunk edges', async () => {
    const utf8 = Buffer.from('\uFEFF日期,值\n', 'utf8');
    expect(detectEncoding(utf8)).toBe('utf-8');
    expect(detectEncoding(utf8.subarray(3, 5))).toBe('utf-8'); // a character cut at the end
    const big5 = Buffer.from([0xa4, 0xe9, 0xb4, 0xc1, 0x2c, 0x41]); // 日期,A
    expect(detectEncoding(big5)).toBe('big5');
    async function* bytes(buffer: Buffer) {
      for (let at = 0; at < buffer.length; at += 1) yield buffer.subarray(at, at + 1);
    }
    let text = '';
    for await (const part of decodeChunks(bytes(utf8), 'utf-8')) text += part;
    expect(text).toBe('日期,值\n');
    text = '';
    for await (const part of decodeChunks(bytes(big5), 'big5')) text += part;
    expect(text).toBe('日期,A');
    await expect(
      (async () => {
        for await (const part of decodeChunks(bytes(big5), 'utf-8')) void part;
      })(),
    ).rejects.toMatchObject({ encoding: 'utf-8' });
  });
});
