import {
  ASSET_CLASS_WORDS,
  PRODUCT_COLUMNS,
  PRODUCT_STATE_WORDS,
  PRODUCT_TYPE_WORDS,
  productInputSchema,
  riskRatingLabel,
  spellingsOf,
  type Product,
  type ProductData,
  type ProductFieldKey,
  type ProductInput,
  type ProductState,
} from '../../../../shared/features/products';
import type { ImportRowError } from '../../../../shared/ipc/contract';
import { readDate } from '../../../../shared/kernel/dates';
import { checkFieldCount, importInvalid } from '../../io/csv/read';
import { cellTexts, readHeaderColumns, type CellTable, type TableRow } from '../../io/table';

/**
 * The product file format (docs/products-format.md), whatever the file: the CSV and the Excel
 * readers turn their file into a table of cells, and this reads the table. All or nothing: every
 * row is checked, each problem reported by line, column and message key, and any problem refuses
 * the whole file.
 */

/** A product file read as a table of cells (io/table.ts: CSV and Excel alike). */
export type ProductTable = CellTable;

/** A product read from a file, with the state the file gives it. */
export interface ImportedProduct {
  data: ProductData;
  state: ProductState;
}

export const FILE_HEADERS: readonly string[] = PRODUCT_COLUMNS.map((c) => c.header);

const REQUIRED: readonly ProductFieldKey[] = [
  'code',
  'nameZh',
  'issuer',
  'type',
  'currency',
  'issuerRiskRating',
  'riskRating',
  'assetClass',
];

const TYPES = spellingsOf(PRODUCT_TYPE_WORDS);
const STATES = spellingsOf(PRODUCT_STATE_WORDS);
const ASSET_CLASSES = spellingsOf(ASSET_CLASS_WORDS);
const TRUE = new Set(['y', 'yes', 'true', '1', '是', 'v']);
const FALSE = new Set(['', 'n', 'no', 'false', '0', '否']);

type Cells = Partial<Record<ProductFieldKey, string>>;
type Problems = Map<ProductFieldKey, string>;

/**
 * Reads every row; throws IMPORT_INVALID with the row errors when anything is wrong.
 * `isCodeTaken` reports codes already on the shelf as row errors too.
 */
export function readProductTable(
  table: ProductTable,
  isCodeTaken: (code: string) => boolean,
): ImportedProduct[] {
  const columns = readHeaderColumns(table, PRODUCT_COLUMNS, REQUIRED);
  const errors: ImportRowError[] = [];
  const products: ImportedProduct[] = [];
  const seen = new Set<string>();
  const headerOf = new Map(PRODUCT_COLUMNS.map((c) => [c.key, c.header]));
  const report = (line: number, key: ProductFieldKey, message: string) =>
    errors.push({ line, field: headerOf.get(key) ?? key, message });

  for (const row of table.rows) {
    const shape = checkFieldCount({ line: row.line, cells: cellTexts(row) }, columns.length);
    if (shape) {
      errors.push({ line: row.line, field: '', message: shape });
      continue;
    }
    const problems: Problems = new Map();
    const cells = cellsOf(row, columns, problems);
    const state = readCode(cells.state ?? '', STATES, 'draft', 'state', 'validation.productState', problems);
    const parsed = productInputSchema.safeParse(toInput(cells, problems));
    for (const issue of parsed.error?.issues ?? []) {
      const key = issueField(issue.path);
      if (key && !problems.has(key)) problems.set(key, messageKey(issue.message));
    }
    if (problems.size > 0 || !parsed.success) {
      // In the file's column order, so a reader finds them left to right.
      const order = (key: ProductFieldKey) => FILE_KEYS.indexOf(key);
      [...problems].sort(([a], [b]) => order(a) - order(b)).forEach(([k, m]) => report(row.line, k, m));
      continue;
    }
    const code = parsed.data.code.toUpperCase();
    if (seen.has(code)) report(row.line, 'code', 'import.product.codeDuplicate');
    else if (isCodeTaken(code)) report(row.line, 'code', 'validation.productCode.taken');
    else products.push({ data: parsed.data, state });
    seen.add(code);
  }
  if (errors.length > 0) throw importInvalid(errors);
  return products;
}

const FILE_KEYS = PRODUCT_COLUMNS.map((c) => c.key);

function cellsOf(row: TableRow, columns: readonly (ProductFieldKey | null)[], problems: Problems): Cells {
  const cells: Cells = {};
  columns.forEach((key, position) => {
    if (!key) return;
    const cell = row.cells[position] ?? { text: '' };
    if ('text' in cell) cells[key] = cell.text.trim();
    else {
      problems.set(key, 'import.cell.formula');
      cells[key] = '';
    }
  });
  return cells;
}

/** zod's own messages are English sentences; the row errors need keys. */
function messageKey(message: string): string {
  return /^(validation|import)\./.test(message) ? message : 'validation.invalid';
}

function issueField(path: readonly PropertyKey[]): ProductFieldKey | null {
  const key = String(path[0] === 'fees' ? path[1] : path[0]);
  return FILE_KEYS.includes(key as ProductFieldKey) ? (key as ProductFieldKey) : null;
}

/** Text cells as schema input; a cell that cannot be read is recorded and given a neutral value. */
function toInput(cells: Cells, problems: Problems): ProductInput {
  const text = (key: ProductFieldKey) => cells[key] ?? '';
  const optional = (key: ProductFieldKey) => (text(key) === '' ? null : text(key));
  const date = (key: ProductFieldKey) => (text(key) === '' ? null : (readDate(text(key)) ?? text(key)));
  return {
    code: text('code'),
    nameZh: text('nameZh'),
    nameEn: optional('nameEn'),
    issuer: text('issuer'),
    type: readCode(text('type'), TYPES, undefined, 'type', 'validation.productType', problems) as never,
    currency: text('currency').toUpperCase() as never,
    issuerRiskRating: readRisk(text('issuerRiskRating')),
    riskRating: readRisk(text('riskRating')),
    assetClass: readCode(
      text('assetClass'),
      ASSET_CLASSES,
      undefined,
      'assetClass',
      'validation.assetClass',
      problems,
    ) as never,
    isForeign: readFlag(text('isForeign'), 'isForeign', problems),
    isComplex: readFlag(text('isComplex'), 'isComplex', problems),
    fees: {
      frontLoadPercent: readPercent(text('frontLoadPercent'), 'frontLoadPercent', problems),
      managementPercent: readPercent(text('managementPercent'), 'managementPercent', problems),
      custodyPercent: readPercent(text('custodyPercent'), 'custodyPercent', problems),
      switchingFee: optional('switchingFee'),
      earlyRedemption: optional('earlyRedemption'),
    },
    compensationDisclosure: optional('compensationDisclosure'),
    maxLossStatement: optional('maxLossStatement'),
    dividendFromPrincipal: readFlag(text('dividendFromPrincipal'), 'dividendFromPrincipal', problems),
    riskDisclosureBlocks: text('riskDisclosureBlocks').split(/\n\s*\n/),
    launchDate: date('launchDate'),
    expiryDate: date('expiryDate'),
  };
}

function readCode<T extends string, F extends T | undefined>(
  raw: string,
  spellings: ReadonlyMap<string, T>,
  fallback: F,
  key: ProductFieldKey,
  message: string,
  problems: Problems,
): T | F {
  if (raw === '') return fallback;
  const code = spellings.get(raw.toLowerCase());
  if (code === undefined && !problems.has(key)) problems.set(key, message);
  return code ?? fallback;
}

/** "RR3", "rr 3" or 3; anything else (RR0, RR6 included) is left for the schema to refuse. */
function readRisk(raw: string): number {
  const match = /^(?:rr)?\s*(\d{1,3})$/i.exec(raw);
  return match ? Number(match[1]) : Number.NaN;
}

function readFlag(raw: string, key: ProductFieldKey, problems: Problems): boolean {
  const value = raw.toLowerCase();
  if (TRUE.has(value)) return true;
  if (!FALSE.has(value) && !problems.has(key)) problems.set(key, 'validation.boolean');
  return false;
}

/** "1.5" or "1.5%" (1.5 percent); blank is none. */
function readPercent(raw: string, key: ProductFieldKey, problems: Problems): number | null {
  if (raw === '') return null;
  const value = Number(raw.replace(/%$/, '').trim());
  if (!Number.isFinite(value) && !problems.has(key)) problems.set(key, 'validation.percent');
  return Number.isFinite(value) ? value : null;
}

// ---------------------------------------------------------------------------------------------
// Export

const yesNo = (value: boolean) => (value ? 'Y' : 'N');
const number = (value: number | null) => (value === null ? '' : String(value));

/** One product as the file's cells, in FILE_HEADERS order; what readProductTable reads back. */
export function productCells(p: Product): string[] {
  const cells: Record<ProductFieldKey, string> = {
    code: p.code,
    nameZh: p.nameZh,
    nameEn: p.nameEn ?? '',
    issuer: p.issuer,
    type: p.type,
    currency: p.currency,
    issuerRiskRating: riskRatingLabel(p.issuerRiskRating),
    riskRating: riskRatingLabel(p.riskRating),
    assetClass: p.assetClass,
    isForeign: yesNo(p.isForeign),
    isComplex: yesNo(p.isComplex),
    frontLoadPercent: number(p.fees.frontLoadPercent),
    managementPercent: number(p.fees.managementPercent),
    custodyPercent: number(p.fees.custodyPercent),
    switchingFee: p.fees.switchingFee ?? '',
    earlyRedemption: p.fees.earlyRedemption ?? '',
    compensationDisclosure: p.compensationDisclosure ?? '',
    maxLossStatement: p.maxLossStatement ?? '',
    dividendFromPrincipal: yesNo(p.dividendFromPrincipal),
    riskDisclosureBlocks: p.riskDisclosureBlocks.join('\n\n'),
    launchDate: p.launchDate ?? '',
    expiryDate: p.expiryDate ?? '',
    state: p.state,
    stateChangedBy: '',
    stateChangedAt: '',
    isDemo: '',
    updatedAt: '',
  };
  return FILE_KEYS.map((key) => cells[key]);
}
