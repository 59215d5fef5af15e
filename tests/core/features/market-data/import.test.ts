import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { coreKit } from '../kyc/core-kit';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';

/** Folders for the test's files, removed after each test. */
const folders: string[] = [];
function tempDir(): string {
  folders.push(makeTempDataDir('market-file-'));
  return folders.at(-1)!;
}
afterEach(() => folders.splice(0).forEach(removeTempDataDir));

const kit = coreKit();

/** A file in a temp folder, written in UTF-8 (optionally with a BOM) or as given bytes. */
function file(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** Big5 bytes for the few CJK words these files use (Node has no Big5 encoder). */
const BIG5: Record<string, number[]> = { 日期: [0xa4, 0xe9, 0xb4, 0xc1] };
function big5(text: string): Buffer {
  const parts: Buffer[] = [];
  for (let rest = text; rest.length > 0;) {
    const word = Object.keys(BIG5).find((w) => rest.startsWith(w));
    if (word) {
      parts.push(Buffer.from(BIG5[word]!));
      rest = rest.slice(word.length);
    } else {
      parts.push(Buffer.from(rest[0]!, 'latin1'));
      rest = rest.slice(1);
    }
  }
  return Buffer.concat(parts);
}

async function points(code: string) {
  const { series } = await kit.call('market.points', { codes: [code] });
  return series[0]!.points;
}

describe('market data import', () => {
  it('reads a long UTF-8 file with a BOM, ROC and compact dates and thousands separators', async () => {
    const path = file(
      'taiex.csv',
      '\uFEFF序列代號,日期,收盤\nTAIEX,113/01/02,"17,853.76"\ntaiex,113-01-03,"17,612.50"\nUSDTWD,1130104,31.02\nTAIEX,2024-01-04,17600\n',
    );
    const report = await kit.call('market.import', { path });
    expect(report).toMatchObject({
      format: 'csv',
      layout: 'long',
      encoding: 'utf-8',
      points: 4,
      added: 4,
      corrected: 0,
    });
    expect(report.series).toEqual([
      { code: 'TAIEX', added: 3, corrected: 0, unchanged: 0, created: true },
      { code: 'USDTWD', added: 1, corrected: 0, unchanged: 0, created: true },
    ]);
    expect(await points('TAIEX')).toEqual([
      { date: '2024-01-02', value: 17853.76 },
      { date: '2024-01-03', value: 17612.5 },
      { date: '2024-01-04', value: 17600 },
    ]);
    const { items } = await kit.call('audit.list', { limit: 5 });
    expect(items[0]).toMatchObject({
      action: 'market.import',
      detail: '4 rows, csv, 4 added, 0 corrected',
    });
  });

  it('reads a wide Big5 file, detected or chosen, with gaps left as gaps', async () => {
    const content = big5(
      '日期,TAIEX,USDTWD\n2024/01/02,17853.76,30.9\n2024/01/03,,--\n2024/01/04,17600,31.1\n',
    );
    const report = await kit.call('market.import', { path: file('wide.csv', content) });
    expect(report).toMatchObject({ layout: 'wide', encoding: 'big5', points: 4, added: 4 });
    expect((await points('USDTWD')).map((p) => p.date)).toEqual(['2024-01-02', '2024-01-04']);
    const chosen = await kit.call('market.import', {
      path: file('wide2.csv', content),
      encoding: 'big5',
    });
    expect(chosen).toMatchObject({ encoding: 'big5', unchanged: 4, added: 0 });
    const wrong = await kit.fail('market.import', {
      path: file('wide3.csv', content),
      encoding: 'utf-8',
    });
    expect(wrong).toMatchObject({
      code: 'IMPORT_INVALID',
      details: { errors: [{ message: 'import.marketData.encoding' }] },
    });
  });

  it('adds, corrects and leaves points idempotently, and says which', async () => {
    const first = 'series,date,value\nSPX,2024-01-02,4742.83\nSPX,2024-01-03,4704.81\n';
    await kit.call('market.import', { path: file('a.csv', first) });
    const again = await kit.call('market.import', { path: file('b.csv', first) });
    expect(again).toMatchObject({ added: 0, corrected: 0, unchanged: 2 });
    expect(again.series[0]).toMatchObject({ code: 'SPX', created: false });
    const corrected = await kit.call('market.import', {
      path: file('c.csv', 'series,date,value\nSPX,2024-01-03,4704.80\nSPX,2024-01-04,4688.68\n'),
    });
    expect(corrected).toMatchObject({ added: 1, corrected: 1, unchanged: 0 });
    expect((await points('SPX'))[1]).toEqual({ date: '2024-01-03', value: 4704.8 });
  });

  it('refuses the whole file with row errors naming line and column', async () => {
    await kit.call('market.import', {
      path: file('ok.csv', 'series,date,value\nGOLD,2024-01-02,2050\n'),
    });
    const path = file(
      'bad.csv',
      [
        'series,date,value',
        'GOLD,2024-01-03,2040',
        'GOLD,2024-01-04,abc',
        'GOLD,2024-13-01,2030',
        'NOPE,2024-01-04,1',
        'GOLD,2024-01-03,2041',
        'GOLD,2024-01-05,',
      ].join('\n'),
    );
    const error = await kit.fail('market.import', { path });
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details).toMatchObject({
      errors: [
        { line: 3, field: 'value', message: 'validation.number' },
        { line: 4, field: 'date', message: 'import.marketData.date' },
        { line: 5, field: 'series', message: 'import.marketData.seriesUnknown' },
        { line: 6, field: 'date', message: 'import.marketData.duplicateDate' },
        { line: 7, field: 'value', message: 'validation.required' },
      ],
    });
    // Nothing of it was written.
    expect(await points('GOLD')).toEqual([{ date: '2024-01-02', value: 2050 }]);
    // The same date twice with the same value is one point.
    const twice = await kit.call('market.import', {
      path: file('twice.csv', 'series,date,value\nGOLD,2024-01-03,2040\nGOLD,2024-01-03,2040\n'),
    });
    expect(twice).toMatchObject({ points: 1, added: 1 });
  });

  it('refuses a header it cannot read and a path that is not a file', async () => {
    const layout = await kit.fail('market.import', { path: file('x.csv', 'foo,bar\n1,2\n') });
    expect(layout.details).toMatchObject({ errors: [{ line: 1, message: 'import.marketData.layout' }] });
    const unknown = await kit.fail('market.import', {
      path: file('y.csv', 'date,TAIEX,WHAT\n2024-01-02,1,2\n'),
    });
    expect(unknown.details).toMatchObject({
      errors: [{ line: 1, field: 'WHAT', message: 'import.marketData.seriesUnknown' }],
    });
    const folder = await kit.fail('market.import', { path: tempDir() });
    expect(folder.details).toMatchObject({ errors: [{ message: 'import.marketData.file' }] });
  });

  it('reads an Excel workbook sent as bytes', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['日期', 'EURTWD']);
    sheet.addRow([new Date(Date.UTC(2024, 0, 2)), 35.1]);
    sheet.addRow(['113/01/03', '35.2']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await kit.call('market.import', {
      fileName: 'fx.xlsx',
      contentBase64: bytes.toString('base64'),
    });
    expect(report).toMatchObject({ format: 'xlsx', layout: 'wide', encoding: null, added: 2 });
    expect(await points('EURTWD')).toEqual([
      { date: '2024-01-02', value: 35.1 },
      { date: '2024-01-03', value: 35.2 },
    ]);
  });

  it('reports progress while a large file is read, with bounded memory', async () => {
    const codes = ['TAIEX', 'SPX', 'N225', 'GOLD', 'USDTWD'];
    const lines = ['series,date,value'];
    for (let day = 0; lines.length <= 50_000; day += 1) {
      const date = new Date(Date.UTC(1990, 0, 1 + day)).toISOString().slice(0, 10);
      for (const code of codes) lines.push(`${code},${date},${(1000 + day * 0.5).toFixed(2)}`);
    }
    const path = file('large.csv', `${lines.join('\n')}\n`);
    const importId = randomUUID();
    const before = process.memoryUsage().heapUsed;
    const running = kit.call('market.import', { path, importId });
    const seen: { phase: string; rows: number }[] = [];
    for (let i = 0; i < 200; i += 1) {
      const progress = await kit.call('market.importProgress', { importId });
      seen.push(progress);
      if (progress.phase === 'done') break;
      await new Promise((next) => setTimeout(next, 5));
    }
    const report = await running;
    expect(report.points).toBe(50_000);
    expect(seen.some((p) => p.phase === 'reading' && p.rows > 0 && p.rows < 50_000)).toBe(true);
    expect(await kit.call('market.importProgress', { importId })).toMatchObject({
      phase: 'done',
      rows: 50_000,
    });
    // The file's text (about 1.2 MB) is never held whole, nor an object per row kept after the write.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 1024 * 1024);
    expect(await kit.call('market.importProgress', { importId: randomUUID() })).toMatchObject({
      phase: 'unknown',
    });
  });
});

describe('bytes that are no file at all', () => {
  it('refuse with a clear error, never INTERNAL (found by the IPC fuzz)', async () => {
    for (const fileName of [
      'proposal-acceptance_1935-01-01_1970-01-01.csv',
      'x.xlsx',
      'x.pdf',
      'noextension',
    ]) {
      const error = await kit.fail('market.import', {
        fileName,
        contentBase64: '\u00002㋲_小',
        importId: 'fd76fd55-7fc0-4311-b77b-a88ad749cad9',
      } as never);
      expect(error.code, fileName).not.toBe('INTERNAL');
    }
  });
});
