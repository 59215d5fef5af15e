import {
  CUSTODIAN_WORDS,
  cashInputSchema,
  positionInputSchema,
  type CashInput,
  type HoldingsValuation,
  type PositionData,
} from '../../../../shared/features/holdings';
import { ASSET_CLASS_WORDS, spellingsOf } from '../../../../shared/features/products';
import type { ImportRowError } from '../../../../shared/ipc/contract';
import { readDate } from '../../../../shared/kernel/dates';
import { parseAmount } from '../../../../shared/kernel/money';
import { checkFieldCount, importInvalid } from '../../io/csv/read';
import { writeCsv } from '../../io/csv/write';
import { cellTexts, readHeaderColumns, type CellTable, type TableRow } from '../../io/table';

/**
 * The holdings file (docs/holdings-format.md), CSV or Excel read as a table of cells: one row per
 * position or cash line of one client. All or nothing: every row is checked, each problem named by
 * row, column and message key, and any problem refuses the whole file.
 */

const COLUMNS = [
  { key: 'kind', header: '類型', accepted: ['類型', '種類', 'type', 'kind'] },
  {
    key: 'productCode',
    header: '商品代號',
    accepted: ['商品代號', '代號', '商品代碼', 'product code', 'code'],
  },
  { key: 'name', header: '名稱', accepted: ['名稱', '商品名稱', 'name'] },
  { key: 'assetClass', header: '資產類別', accepted: ['資產類別', 'asset class'] },
  { key: 'currency', header: '幣別', accepted: ['幣別', '幣種', 'currency'] },
  { key: 'custodian', header: '帳戶別', accepted: ['帳戶別', '帳戶', '保管機構', 'account', 'custodian'] },
  { key: 'quantity', header: '數量', accepted: ['數量', '單位數', '股數', 'quantity', 'units'] },
  { key: 'price', header: '價格', accepted: ['價格', '淨值', '單價', 'price'] },
  { key: 'priceDate', header: '價格日期', accepted: ['價格日期', '淨值日期', 'price date'] },
  { key: 'amount', header: '金額', accepted: ['金額', '現金金額', 'amount'] },
] as const;
type ColumnKey = (typeof COLUMNS)[number]['key'];

export const HOLDINGS_FILE_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);
const HEADER_OF = new Map<ColumnKey, string>(COLUMNS.map((c) => [c.key, c.header]));
const ORDER: readonly ColumnKey[] = COLUMNS.map((c) => c.key);

const KIND_WORDS = {
  position: { 'zh-TW': '部位', en: 'position', aliases: ['持有部位', '商品'] },
  cash: { 'zh-TW': '現金', en: 'cash', aliases: ['存款'] },
};
const KINDS = spellingsOf(KIND_WORDS);
const CUSTODIANS = spellingsOf(CUSTODIAN_WORDS);
const CLASSES = spellingsOf(ASSET_CLASS_WORDS);

export interface HoldingsFile {
  positions: PositionData[];
  cash: CashInput[];
}

/** Reads every row; `productIdOf` finds a shelf product by its code (any case), null when none. */
export function readHoldingsTable(
  table: CellTable,
  productIdOf: (code: string) => string | null,
): HoldingsFile {
  const columns = readHeaderColumns(table, COLUMNS, ['custodian']);
  const errors: ImportRowError[] = [];
  const file: HoldingsFile = { positions: [], cash: [] };
  const cashLines = new Set<string>();
  for (const row of table.rows) {
    const shape = checkFieldCount({ line: row.line, cells: cellTexts(row) }, columns.length);
    if (shape) {
      errors.push({ line: row.line, field: '', message: shape });
      continue;
    }
    const problems = new Map<ColumnKey, string>();
    const read = readRow(row, columns, problems, productIdOf);
    if (read?.kind === 'cash') {
      const line = `${read.cash.currency} ${read.cash.custodian}`;
      if (cashLines.has(line)) problems.set('currency', 'import.holdings.cashDuplicate');
      cashLines.add(line);
    }
    if (problems.size > 0 || read === null) {
      [...problems]
        .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))
        .forEach(([key, message]) => errors.push({ line: row.line, field: HEADER_OF.get(key)!, message }));
      continue;
    }
    if (read.kind === 'cash') file.cash.push(read.cash);
    else file.positions.push(read.position);
  }
  if (errors.length > 0) throw importInvalid(errors);
  return file;
}

type ReadRow = { kind: 'position'; position: PositionData } | { kind: 'cash'; cash: CashInput } | null;

function readRow(
  row: TableRow,
  columns: readonly (ColumnKey | null)[],
  problems: Map<ColumnKey, string>,
  productIdOf: (code: string) => string | null,
): ReadRow {
  const cells: Partial<Record<ColumnKey, string>> = {};
  columns.forEach((key, position) => {
    if (!key) return;
    const cell = row.cells[position] ?? { text: '' };
    if ('text' in cell) cells[key] = cell.text.trim();
    else problems.set(key, 'import.cell.formula');
  });
  const text = (key: ColumnKey) => cells[key] ?? '';
  const code = <T extends string>(key: ColumnKey, spellings: ReadonlyMap<string, T>, message: string) => {
    if (text(key) === '') return null;
    const found = spellings.get(text(key).toLowerCase()) ?? null;
    if (found === null && !problems.has(key)) problems.set(key, message);
    return found;
  };
  const number = (key: ColumnKey) => {
    const value = text(key) === '' ? null : parseAmount(text(key));
    if (value === null && !problems.has(key))
      problems.set(key, text(key) === '' ? 'validation.required' : 'validation.number');
    return value ?? 0;
  };
  const kind = code('kind', KINDS, 'import.holdings.kind') ?? 'position';
  const custodian = code('custodian', CUSTODIANS, 'validation.custodian');
  if (custodian === null && !problems.has('custodian')) problems.set('custodian', 'validation.required');
  const currency = text('currency') === '' ? null : text('currency').toUpperCase();

  if (kind === 'cash') {
    if (text('amount') === '' && !problems.has('amount'))
      problems.set('amount', 'import.holdings.cashAmount');
    if (currency === null && !problems.has('currency')) problems.set('currency', 'validation.required');
    const cash = { currency: currency ?? '', custodian, amount: number('amount') };
    return checked(cashInputSchema.safeParse(cash), problems, (data) => ({ kind: 'cash', cash: data }));
  }
  const productCode = text('productCode');
  const productId = productCode === '' ? null : productIdOf(productCode);
  if (productCode !== '' && productId === null) problems.set('productCode', 'import.holdings.productUnknown');
  const position = {
    productId,
    name: text('name') === '' ? null : text('name'),
    assetClass: code('assetClass', CLASSES, 'validation.assetClass'),
    currency,
    custodian,
    quantity: number('quantity'),
    price: number('price'),
    priceDate: readDate(text('priceDate')) ?? text('priceDate'),
  };
  // An unknown code is the row's problem; free-form rules would only add noise.
  if (problems.has('productCode')) return null;
  return checked(positionInputSchema.safeParse(position), problems, (data) => ({
    kind: 'position',
    position: data,
  }));
}

/** The schema's verdict joined to the cell problems; its issues name the column they belong to. */
function checked<T>(
  parsed:
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
  problems: Map<ColumnKey, string>,
  result: (data: T) => ReadRow,
): ReadRow {
  if (parsed.success) return problems.size > 0 ? null : result(parsed.data);
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0]) as ColumnKey;
    const column = ORDER.includes(key) ? key : 'custodian';
    const message = /^(validation|import)\./.test(issue.message) ? issue.message : 'validation.invalid';
    if (!problems.has(column)) problems.set(column, message);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Export

const plain = (value: number) => String(value);

/** A client's holdings as the file's rows (zh-TW words for the codes), which import back. */
export function holdingsToCsv(valuation: HoldingsValuation): { csv: string; count: number } {
  const rows = [
    ...valuation.positions.map((p) => [
      KIND_WORDS.position['zh-TW'],
      p.productCode ?? '',
      p.name,
      ASSET_CLASS_WORDS[p.assetClass]['zh-TW'],
      p.currency,
      CUSTODIAN_WORDS[p.custodian]['zh-TW'],
      plain(p.quantity),
      plain(p.price),
      p.priceDate,
      '',
    ]),
    ...valuation.cash.map((c) => [
      KIND_WORDS.cash['zh-TW'],
      '',
      '',
      '',
      c.currency,
      CUSTODIAN_WORDS[c.custodian]['zh-TW'],
      '',
      '',
      '',
      plain(c.amount),
    ]),
  ];
  return { csv: writeCsv(HOLDINGS_FILE_HEADERS, rows), count: rows.length };
}
