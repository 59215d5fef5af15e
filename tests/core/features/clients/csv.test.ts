import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  clientsToCsv,
  normalizeDate,
  parseClientCsv,
  type ClientCsvRecord,
} from '../../../../electron/core/features/clients/csv';
import { generateDemoClients } from '../../../../electron/core/features/demo/demo-clients';
import { clientInputSchema, type ClientData } from '../../../../shared/features/clients/schema';
import { nationalIdCheckDigit } from '../../../../shared/features/clients/national-id';
import type { ImportRowError } from '../../../../shared/ipc/contract';
import { AppError } from '../../../../shared/ipc/result';
import { MAX_IMPORT_ROWS, MAX_LISTED_IMPORT_ERRORS } from '../../../../shared/kernel/limits';

const HEADER = CSV_COLUMNS.join(',');

function validId(firstNine: string): string {
  return `${firstNine}${nationalIdCheckDigit(firstNine)}`;
}
const ID_1 = validId('A12345678'); // A123456789
const ID_2 = validId('F22233344');
const ID_3 = validId('E10000001');

function row(values: Partial<Record<(typeof CSV_COLUMNS)[number], string>>): string {
  return CSV_COLUMNS.map((column) => values[column] ?? '').join(',');
}

function importFailure(text: string): { message: string; errors: ImportRowError[]; omitted: number } {
  try {
    parseClientCsv(text);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('IMPORT_INVALID');
    const details = appError.details as { errors: ImportRowError[]; omitted: number };
    return { message: appError.message, ...details };
  }
  throw new Error('expected the import to fail');
}

describe('parseClientCsv', () => {
  it('reads a minimal file, filling defaults', () => {
    const { rows } = parseClientCsv(`name,national_id\n王明,${ID_1}\n林芳,${ID_2}\n`);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      name: '王明',
      nationalId: ID_1,
      gender: 'M', // from the ID's second digit
      status: 'active',
      acquisitionSource: 'other',
      investableAssets: [],
      tags: [],
      household: [],
      phone: null,
    });
    expect(rows[1]!.gender).toBe('F');
  });

  it('takes a blank gender from the ID, resident certificates (8 male, 9 female) too', () => {
    const ids = ['A12345678', 'A22345678', 'A82345678', 'A92345678'].map(validId);
    const { rows } = parseClientCsv(
      `name,national_id,gender\n${ids.map((id) => `王明,${id},`).join('\n')}\n`,
    );
    expect(rows.map((r) => r.gender)).toEqual(['M', 'F', 'M', 'F']);
  });

  it('reads every column, with separators, units and labels', () => {
    const text = [
      HEADER,
      row({
        name: ' 陳志明 ',
        national_id: ID_1.toLowerCase(),
        birth_date: '1975/3/5',
        gender: '男',
        phone: '0912-345-678',
        email: 'chen@example.com',
        address: '"106臺北市大安區敦化南路二段1號, 8樓"',
        occupation: '醫師',
        employer: '臺大醫院',
        annual_income_twd: '"3,600,000"',
        assets: '"TWD:5,000,000;USD:120000; 日圓：300萬"',
        source_of_wealth: '執業所得',
        acquisition_source: '轉介紹',
        status: '潛在',
        advisor: '王雅琪',
        tags: '高資產;退休規劃、海外資產',
        notes: '"第一行\n第二行"',
      }),
    ].join('\r\n');
    const { rows } = parseClientCsv(text);
    expect(rows[0]).toEqual<ClientData>({
      name: '陳志明',
      nationalId: ID_1,
      birthDate: '1975-03-05',
      gender: 'M',
      phone: '0912-345-678',
      email: 'chen@example.com',
      address: '106臺北市大安區敦化南路二段1號, 8樓',
      occupation: '醫師',
      employer: '臺大醫院',
      annualIncomeTwd: 3_600_000,
      investableAssets: [
        { currency: 'TWD', amount: 5_000_000 },
        { currency: 'USD', amount: 120_000 },
        { currency: 'JPY', amount: 3_000_000 },
      ],
      sourceOfWealth: '執業所得',
      acquisitionSource: 'referral',
      status: 'prospect',
      advisor: '王雅琪',
      tags: ['高資產', '退休規劃', '海外資產'],
      notes: '第一行\n第二行',
      household: [],
    });
  });

  it('accepts zh-TW headers and labels, and a BOM', () => {
    const text =
      '\uFEFF姓名,身分證字號,出生日期,性別,電話,電子郵件,地址,職業,服務單位,年收入,可投資資產,財富來源,客戶來源,狀態,理財顧問,標籤,備註\r\n' +
      `林淑芬,${ID_2},民國69年5月3日,女,02-2700-1234,,臺北市信義區松仁路1號,企業主,,120萬,TWD:30000000,經營事業所得,說明會,往來中,李宗翰,高資產,\r\n` +
      `黃建宏,${ID_3},069/05/03,M,,,,,,,,,,結清,,,\r\n`;
    const { rows } = parseClientCsv(text);
    expect(rows.map((r) => [r.name, r.gender, r.status, r.acquisitionSource, r.birthDate])).toEqual([
      ['林淑芬', 'F', 'active', 'seminar', '1980-05-03'],
      ['黃建宏', 'M', 'closed', 'other', '1980-05-03'],
    ]);
    expect(rows[0]!.annualIncomeTwd).toBe(1_200_000);
  });

  it('matches headers regardless of case, spacing and a unit in brackets', () => {
    const { rows } = parseClientCsv(`Name,National ID,E-mail,年收入（元）\n王明,${ID_1},a@b.tw,"1,000"\n`);
    expect(rows[0]).toMatchObject({ email: 'a@b.tw', annualIncomeTwd: 1000 });
  });

  it('takes a prospect without a national ID, and refuses anyone else without one', () => {
    const { rows } = parseClientCsv(
      [
        HEADER,
        row({ name: '研討會來賓', status: 'prospect' }),
        row({ name: '另一位', status: '潛在客戶' }),
      ].join('\n'),
    );
    expect(rows.map((r) => [r.name, r.nationalId, r.status, r.gender])).toEqual([
      ['研討會來賓', null, 'prospect', 'X'],
      ['另一位', null, 'prospect', 'X'],
    ]);
    const failure = importFailure(
      [
        HEADER,
        row({ name: '王明', national_id: ID_1 }),
        row({ name: '林芳' }),
        row({ name: '張三', status: 'active' }),
      ].join('\n'),
    );
    expect(failure.errors).toEqual([
      { line: 3, field: 'national_id', message: 'validation.nationalId.required' },
      { line: 4, field: 'national_id', message: 'validation.nationalId.required' },
    ]);
  });

  it('reports every bad row with its line, column and message key, and imports nothing', () => {
    const text = [
      HEADER, // line 1
      row({ name: '王明', national_id: ID_1 }), // line 2: fine
      row({ name: '', national_id: 'A123456788', email: 'not-an-email' }), // line 3
      row({ name: '林芳', national_id: ID_2, birth_date: '1980-02-30', annual_income_twd: 'abc' }), // line 4
      row({ name: '張三', national_id: ID_3, status: 'vip', assets: 'XYZ:5' }), // line 5
    ].join('\n');
    const failure = importFailure(text);
    expect(failure.message).toBe('3 rows have errors; nothing was imported');
    expect(failure.errors).toEqual([
      { line: 3, field: 'name', message: 'validation.required' },
      { line: 3, field: 'national_id', message: 'validation.nationalId.checksum' },
      { line: 3, field: 'email', message: 'validation.email' },
      { line: 4, field: 'birth_date', message: 'validation.date' },
      { line: 4, field: 'annual_income_twd', message: 'validation.number' },
      { line: 5, field: 'assets', message: 'import.assets.currency' },
      { line: 5, field: 'status', message: 'validation.invalid' },
    ]);
    expect(failure.omitted).toBe(0);
  });

  it('counts lines in the file, so a quoted newline shifts the rows after it', () => {
    const text = [
      'name,national_id,notes',
      `王明,${ID_1},"line one`,
      'line two',
      `still the note"`, // lines 2-4 are one record
      '',
      `林芳,A12345678X,`, // line 6
    ].join('\r\n');
    expect(importFailure(text).errors).toEqual([
      { line: 6, field: 'national_id', message: 'validation.nationalId.format' },
    ]);
  });

  it('names the column as written in the file', () => {
    const failure = importFailure(`姓名,身分證字號\n王明,A123456780\n`);
    expect(failure.errors).toEqual([
      { line: 2, field: '身分證字號', message: 'validation.nationalId.checksum' },
    ]);
  });

  it('never puts client data in errors', () => {
    const secretName = '機密姓名';
    const failure = importFailure(`name,national_id,email\n${secretName},A123456780,secret@@x\n`);
    expect(JSON.stringify(failure)).not.toContain(secretName);
    expect(JSON.stringify(failure)).not.toContain('A123456780');
    expect(JSON.stringify(failure)).not.toContain('secret');
  });

  it('rejects duplicate national IDs within the file', () => {
    const text = `name,national_id\n王明,${ID_1}\n林芳,${ID_2}\n王明明,${ID_1.toLowerCase()}\n`;
    expect(importFailure(text).errors).toEqual([
      { line: 4, field: 'national_id', message: 'import.nationalId.duplicate' },
    ]);
  });

  it('rejects masked national IDs with a specific message', () => {
    const text = `name,national_id\n王明,A12****789\n`;
    expect(importFailure(text).errors).toEqual([
      { line: 2, field: 'national_id', message: 'import.nationalId.masked' },
    ]);
  });

  it('reports header problems before looking at rows', () => {
    const failure = importFailure(`name,nickname,姓名\n王明,,\n`);
    expect(failure.message).toBe('the header row has errors; nothing was imported');
    expect(failure.errors).toEqual([
      { line: 1, field: 'nickname', message: 'import.column.unknown' },
      { line: 1, field: '姓名', message: 'import.column.duplicate' },
      { line: 1, field: 'national_id', message: 'import.column.missing' },
    ]);
  });

  it('ignores blank rows and blank trailing columns that Excel leaves', () => {
    const { rows } = parseClientCsv(`name,national_id,,\n王明,${ID_1},,\n,,,\n\n林芳,${ID_2},,\n`);
    expect(rows.map((r) => r.name)).toEqual(['王明', '林芳']);
  });

  it('rejects rows with the wrong number of fields', () => {
    const text = `name,national_id,phone\n王明,${ID_1}\n林芳,${ID_2},02-1234-5678,extra\n`;
    expect(importFailure(text).errors).toEqual([
      { line: 2, field: '', message: 'import.row.fieldCount' },
      { line: 3, field: '', message: 'import.row.fieldCount' },
    ]);
  });

  it('rejects an empty file and a file with only a header', () => {
    expect(importFailure('').errors).toEqual([{ line: 1, field: '', message: 'import.file.empty' }]);
    expect(importFailure('\uFEFF\r\n\r\n').message).toBe('file is empty; nothing was imported');
    expect(importFailure(`${HEADER}\r\n`).errors[0]!.message).toBe('import.file.noRows');
  });

  it('says plainly when the file is not UTF-8', () => {
    // What Big5 text looks like after a lenient UTF-8 decode.
    const big5 = new TextDecoder('utf-8').decode(new Uint8Array([0x6e, 0x0a, 0xa4, 0xfd, 0xa9, 0xfa]));
    const failure = importFailure(`name,national_id\n${big5}`);
    expect(failure.errors).toEqual([{ line: 3, field: '', message: 'import.file.notUtf8' }]);
    expect(importFailure('n\u0000a\u0000m\u0000e\u0000').errors[0]!.message).toBe('import.file.notUtf8');
  });

  it('reports broken quoting at the line where the record starts, without quoting the text', () => {
    const unclosed = importFailure(`name,national_id\n王明,${ID_1}\n林芳,"${ID_2}\n\n`);
    expect(unclosed.errors).toEqual([{ line: 3, field: '', message: 'import.csv.quoteNotClosed' }]);
    const stray = importFailure(`name,national_id\n王明,${ID_1}\n林"芳",${ID_2}\n`);
    expect(stray.errors).toEqual([{ line: 3, field: '', message: 'import.csv.openingQuote' }]);
  });

  it('reads tab-separated text pasted from a spreadsheet', () => {
    const { rows } = parseClientCsv(`name\tnational_id\n王明\t${ID_1}\n`);
    expect(rows[0]!.nationalId).toBe(ID_1);
  });

  it('refuses more than the row limit', () => {
    const body = `王明,${ID_1}\n`.repeat(MAX_IMPORT_ROWS + 1);
    const failure = importFailure(`name,national_id\n${body}`);
    expect(failure.errors).toEqual([
      { line: MAX_IMPORT_ROWS + 2, field: '', message: 'import.file.tooManyRows' },
    ]);
  });

  it('lists at most the first errors and says how many were left out', () => {
    const body = `王明,A123456780\n`.repeat(MAX_LISTED_IMPORT_ERRORS + 20);
    const failure = importFailure(`name,national_id\n${body}`);
    expect(failure.errors).toHaveLength(MAX_LISTED_IMPORT_ERRORS);
    expect(failure.omitted).toBe(20);
    expect(failure.message).toBe(
      `${MAX_LISTED_IMPORT_ERRORS + 20} rows have errors; nothing was imported (first ${MAX_LISTED_IMPORT_ERRORS} errors listed)`,
    );
  });
});

describe('clientsToCsv', () => {
  const clients = generateDemoClients(300, 11);

  it('round-trips through parseClientCsv', () => {
    const csv = clientsToCsv(clients, { includeNationalId: true });
    expect(parseClientCsv(csv).rows).toEqual(clients);
  });

  it('round-trips awkward values: quotes, commas, newlines, formulas, decimals', () => {
    const awkward: ClientData = {
      ...clients[0]!,
      name: '=HYPERLINK("x")',
      phone: '+886 912 345 678',
      address: '臺北市, "大安區"',
      notes: '-note\r\nwith lines, commas and "quotes"\n@end',
      tags: ['+tag', '海外資產'],
      investableAssets: [
        { currency: 'TWD', amount: 1234.5 },
        { currency: 'USD', amount: 0 },
      ],
      annualIncomeTwd: null,
      birthDate: null,
      email: null,
    };
    const csv = clientsToCsv([awkward], { includeNationalId: true });
    // Embedded CRLF comes back as LF: one line ending everywhere.
    expect(parseClientCsv(csv).rows).toEqual([{ ...awkward, notes: awkward.notes!.replace(/\r\n/g, '\n') }]);
  });

  it('writes a BOM, the English header and CRLF line endings', () => {
    const csv = clientsToCsv(clients.slice(0, 2), { includeNationalId: true });
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4); // header, two rows, final empty
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    const record: ClientCsvRecord = {
      ...clients[0]!,
      name: '=cmd|" /C calc"!A0',
      notes: '@SUM(1+1)',
      occupation: '-2+3',
      employer: '+1',
    };
    const cells = parse(clientsToCsv([record], { includeNationalId: true }).slice(1)) as string[][];
    const byColumn = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, cells[1]![i]]));
    expect(byColumn).toMatchObject({
      name: `'=cmd|" /C calc"!A0`,
      notes: `'@SUM(1+1)`,
      occupation: `'-2+3`,
      employer: `'+1`,
    });
  });

  it('quotes a cell with a bare LF or CR, and guards every line of it against formulas', () => {
    const record: ClientCsvRecord = { ...clients[0]!, notes: 'call back\n=cmd|" /C calc"!A0\n+1\rplain' };
    const csv = clientsToCsv([record], { includeNationalId: true });
    // Read as a spreadsheet would: one record per CRLF-ended row, the note one cell.
    const cells = parse(csv.slice(1), { record_delimiter: '\r\n' }) as string[][];
    expect(cells).toHaveLength(2);
    const notes = cells[1]![CSV_COLUMNS.indexOf('notes')];
    expect(notes).toBe(`call back\n'=cmd|" /C calc"!A0\n'+1\rplain`);
  });

  it('imports its own export back unchanged, whatever the text holds (property)', () => {
    const fragment = fc.constantFrom(
      '\n',
      '\r\n',
      '\r',
      ',',
      '"',
      '=cmd',
      '+1',
      '-2',
      '@x',
      "'",
      '\t',
      ' ',
      '中文',
      'a',
    );
    const text = (max: number) => fc.array(fragment, { maxLength: max }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text(12), text(8), text(6), (notes, address, name) => {
        const input = { ...clients[0]!, notes, address, name: `${name.replace(/[\r\n\t]/g, '')}王` };
        const data = clientInputSchema.parse(input);
        const csv = clientsToCsv([data], { includeNationalId: true });
        expect(parseClientCsv(csv).rows).toEqual([data]);
      }),
      { numRuns: 300 },
    );
  });

  it('masks national IDs unless asked, and such a file cannot be imported', () => {
    const csv = clientsToCsv(clients.slice(0, 3), { includeNationalId: false });
    for (const client of clients.slice(0, 3)) expect(csv).not.toContain(client.nationalId);
    expect(csv).toContain(`${clients[0]!.nationalId.slice(0, 3)}****${clients[0]!.nationalId.slice(-3)}`);
    expect(importFailure(csv).errors).toEqual(
      [2, 3, 4].map((line) => ({
        line,
        field: 'national_id',
        message: 'import.nationalId.masked',
      })),
    );
  });
});

describe('the sample file', () => {
  it('imports cleanly', () => {
    const path = fileURLToPath(new URL('../../../../resources/samples/clients-sample.csv', import.meta.url));
    const { rows } = parseClientCsv(readFileSync(path, 'utf8'));
    expect(rows).toHaveLength(5);
    expect(rows.some((r) => r.name.length === 2)).toBe(true);
  });
});

describe('cell readers', () => {
  it('normalizeDate reads Excel and ROC dates and passes anything else on', () => {
    expect(normalizeDate('1980/5/3')).toBe('1980-05-03');
    expect(normalizeDate('1980/5/3 00:00')).toBe('1980-05-03');
    expect(normalizeDate('69/05/03')).toBe('1980-05-03');
    expect(normalizeDate('民國 69 年 5 月 3 日')).toBe('1980-05-03');
    expect(normalizeDate('yesterday')).toBe('yesterday');
  });
});
