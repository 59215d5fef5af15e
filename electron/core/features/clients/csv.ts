import {
  clientInputSchema,
  lacksRequiredNationalId,
  NATIONAL_ID_REQUIRED,
  type AssetHolding,
  type ClientData,
  type ClientInput,
  type Gender,
} from '../../../../shared/features/clients/schema';
import { genderFromNationalId, maskNationalId } from '../../../../shared/features/clients/national-id';
import type { ImportRowError } from '../../../../shared/ipc/contract';
import { unguardFormula } from '../../io/csv/formula';
import {
  checkFieldCount,
  importInvalid,
  normalizeHeader,
  readCsvTable,
  type CsvRecord,
} from '../../io/csv/read';
import { writeCsv } from '../../io/csv/write';
import {
  CLIENT_FIELDS,
  clientValueSpellings,
  type ClientCsvHeader,
  type ClientField,
} from '../../../../shared/features/clients/fields';
import { readDate } from '../../../../shared/kernel/dates';
import { parseAmount } from '../../../../shared/kernel/money';

/**
 * The client CSV format (docs/csv-format.md). Import is all or nothing: every row is checked and
 * every problem reported by line, column and message key, never by value, so errors can be shown
 * and logged without leaking client data.
 */

type CsvField = ClientField & { csv: NonNullable<ClientField['csv']> };
const CSV_FIELDS = CLIENT_FIELDS.filter((field): field is CsvField => field.csv !== null);

/** The columns of the field registry, in its order, which is the order an export writes. */
export const CSV_COLUMNS: readonly ClientCsvHeader[] = CSV_FIELDS.map(
  (field) => field.csv.header as ClientCsvHeader,
);
export type CsvColumn = ClientCsvHeader;

const REQUIRED_COLUMNS: readonly CsvColumn[] = ['name', 'national_id'];

/** The schema field each column fills, to map validation issues back to columns. */
const FIELD_COLUMNS: ReadonlyMap<string, CsvColumn> = new Map(
  CSV_FIELDS.map((field) => [field.key, field.csv.header as CsvColumn]),
);

/** Accepted spellings of each enum value: the code, both languages' labels, and common synonyms. */
const GENDER_LABELS = clientValueSpellings('gender');
const STATUS_LABELS = clientValueSpellings('status');
const ACQUISITION_LABELS = clientValueSpellings('acquisition');
const CURRENCY_LABELS = clientValueSpellings('currency');

/** Row-level message keys of the import itself; the schema's own keys are `validation.*`. */
export const IMPORT_MESSAGE_KEYS = {
  nationalIdMasked: 'import.nationalId.masked',
  nationalIdDuplicate: 'import.nationalId.duplicate',
  assetsFormat: 'import.assets.format',
  assetsCurrency: 'import.assets.currency',
} as const;

// ---------------------------------------------------------------------------------------------
// Import

interface LocatedError extends ImportRowError {
  /** Column position, only to keep errors in reading order. */
  order: number;
}

type Cells = Partial<Record<CsvColumn, string>>;
type CellProblems = Map<CsvColumn, string>;

/** Parses a whole client CSV; throws IMPORT_INVALID with every row error when anything is wrong. */
export interface ParseOptions {
  /** True when the store already holds a client with this national ID (reported as a row error). */
  isNationalIdTaken?: (nationalId: string) => boolean;
}

export function parseClientCsv(text: string, options: ParseOptions = {}): { rows: ClientData[] } {
  const { header, data } = readCsvTable(text);
  const layout = readHeader(header, data);
  return { rows: readRows(data, layout, options) };
}

interface Layout {
  /** The column each file position holds; null for a blank, ignorable header cell. */
  columns: (CsvColumn | null)[];
  /** The header text as written in the file, used as the error's field. */
  labels: Map<CsvColumn, string>;
}

function readHeader(header: CsvRecord, data: readonly CsvRecord[]): Layout {
  const errors: ImportRowError[] = [];
  const columns: (CsvColumn | null)[] = [];
  const labels = new Map<CsvColumn, string>();
  header.cells.forEach((cell, position) => {
    const label = cell.trim();
    const column = label === '' ? null : columnForHeader(label);
    if (label === '') {
      if (data.some((r) => (r.cells[position] ?? '').trim() !== '')) {
        errors.push({ line: 1, field: `#${position + 1}`, message: 'import.column.noHeader' });
      }
    } else if (column === null) {
      errors.push({ line: 1, field: label, message: 'import.column.unknown' });
    } else if (labels.has(column)) {
      errors.push({ line: 1, field: label, message: 'import.column.duplicate' });
    } else {
      labels.set(column, label);
    }
    columns.push(column);
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!labels.has(required)) errors.push({ line: 1, field: required, message: 'import.column.missing' });
  }
  if (errors.length > 0) throw importInvalid(errors, 'the header row has errors');
  return { columns, labels };
}

/** Every header a file may use for a column: the code, both labels and the registry's aliases. */
const HEADERS: ReadonlyMap<string, CsvColumn> = new Map(
  CSV_FIELDS.flatMap((field) =>
    [field.csv.header, field.label['zh-TW'], field.label.en, ...field.csv.aliases].map(
      (header) => [normalizeHeader(header), field.csv.header as CsvColumn] as const,
    ),
  ),
);

function columnForHeader(label: string): CsvColumn | null {
  return HEADERS.get(normalizeHeader(label)) ?? null;
}

function readRows(data: readonly CsvRecord[], layout: Layout, options: ParseOptions): ClientData[] {
  const errors: LocatedError[] = [];
  const rows: ClientData[] = [];
  const seenIds = new Set<string>();
  const field = (column: CsvColumn) => layout.labels.get(column) ?? column;
  const addError = (line: number, column: CsvColumn, message: string) =>
    errors.push({ line, field: field(column), message, order: CSV_COLUMNS.indexOf(column) });

  for (const record of data) {
    const shapeError = checkFieldCount(record, layout.columns.length);
    if (shapeError) {
      errors.push({ line: record.line, field: '', message: shapeError, order: -1 });
      continue;
    }
    const result = validateRow(cellsOf(record, layout.columns));
    if (!result.ok) {
      result.problems.forEach((message, column) => addError(record.line, column, message));
      continue;
    }
    const { nationalId } = result.client;
    if (nationalId === null) {
      // Only a prospect may come without one (the status column; active when blank).
      if (lacksRequiredNationalId(result.client)) {
        addError(record.line, 'national_id', NATIONAL_ID_REQUIRED);
        continue;
      }
      rows.push(result.client);
      continue;
    }
    if (seenIds.has(nationalId)) {
      addError(record.line, 'national_id', IMPORT_MESSAGE_KEYS.nationalIdDuplicate);
      continue;
    }
    seenIds.add(nationalId);
    if (options.isNationalIdTaken?.(nationalId)) {
      addError(record.line, 'national_id', 'validation.nationalId.taken');
      continue;
    }
    rows.push(result.client);
  }
  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line || a.order - b.order);
    throw importInvalid(errors.map(({ line, field: f, message }) => ({ line, field: f, message })));
  }
  return rows;
}

function cellsOf(record: CsvRecord, columns: readonly (CsvColumn | null)[]): Cells {
  const cells: Cells = {};
  columns.forEach((column, position) => {
    if (column) cells[column] = unguardFormula(record.cells[position] ?? '').trim();
  });
  return cells;
}

type RowResult = { ok: true; client: ClientData } | { ok: false; problems: CellProblems };

/** Turns a row's text cells into schema input, then validates; one problem per column at most. */
function validateRow(cells: Cells): RowResult {
  const problems: CellProblems = new Map();
  const input = rowToInput(cells, problems);
  const parsed = clientInputSchema.safeParse(input);
  if (parsed.success && problems.size === 0) return { ok: true, client: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const column = FIELD_COLUMNS.get(String(issue.path[0]));
    if (column && !problems.has(column)) problems.set(column, messageKey(issue.message));
  }
  return { ok: false, problems };
}

/** zod's own messages (enum, array) are English sentences; the UI needs keys. */
function messageKey(message: string): string {
  return message.startsWith('validation.') ? message : 'validation.invalid';
}

function rowToInput(cells: Cells, problems: CellProblems): ClientInput {
  const text = (column: CsvColumn) => cells[column] ?? '';
  const optional = (column: CsvColumn) => (text(column) === '' ? null : text(column));
  const nationalId = readNationalId(text('national_id'), problems);
  return {
    name: text('name'),
    nationalId,
    birthDate: optional('birth_date') === null ? null : normalizeDate(text('birth_date')),
    gender: readGender(text('gender'), nationalId, problems),
    phone: optional('phone'),
    email: optional('email'),
    address: optional('address'),
    occupation: optional('occupation'),
    employer: optional('employer'),
    annualIncomeTwd: readIncome(text('annual_income_twd'), problems),
    investableAssets: readAssets(text('assets'), problems),
    sourceOfWealth: optional('source_of_wealth'),
    acquisitionSource: readEnum(
      text('acquisition_source'),
      ACQUISITION_LABELS,
      'other',
      'acquisition_source',
      problems,
    ),
    status: readEnum(text('status'), STATUS_LABELS, 'active', 'status', problems),
    advisor: optional('advisor'),
    tags: splitTags(text('tags')),
    notes: optional('notes'),
    household: [],
  };
}

/** A blank cell is none (null), which only a prospect may have: checked once the status is read. */
function readNationalId(raw: string, problems: CellProblems): string | null {
  if (raw === '') return null;
  // An export made without national IDs holds masked ones (A12****789): say so plainly.
  else if (raw.includes('*')) problems.set('national_id', IMPORT_MESSAGE_KEYS.nationalIdMasked);
  return raw;
}

/** A blank gender is the one the national ID states; an ID that states none is reported as invalid. */
function readGender(raw: string, nationalId: string | null, problems: CellProblems): Gender {
  if (raw !== '') return readEnum(raw, GENDER_LABELS, 'X', 'gender', problems);
  return (nationalId === null ? null : genderFromNationalId(nationalId)) ?? 'X';
}

/** Accepts the code (any case) or a zh-TW label; a blank cell gets the default. */
function readEnum<T extends string>(
  raw: string,
  labels: Record<T, readonly string[]>,
  fallback: T,
  column: CsvColumn,
  problems: CellProblems,
): T {
  if (raw === '') return fallback;
  const value = lookupLabel(raw, labels);
  if (value === null) problems.set(column, 'validation.invalid');
  return value ?? fallback;
}

function lookupLabel<T extends string>(raw: string, labels: Record<T, readonly string[]>): T | null {
  const wanted = raw.trim().toLowerCase();
  const codes = Object.keys(labels) as T[];
  return (
    codes.find(
      (code) => code.toLowerCase() === wanted || labels[code].some((l) => l.toLowerCase() === wanted),
    ) ?? null
  );
}

function readIncome(raw: string, problems: CellProblems): number | null {
  if (raw === '') return null;
  const amount = parseAmount(raw);
  if (amount === null) problems.set('annual_income_twd', 'validation.number');
  return amount ?? 0;
}

const HOLDING = /^([A-Za-z]{3}|[^\s:：\d]+)\s*[:：]?\s*(.+)$/;

/** "TWD:5,000,000;USD:120000" (also 美元：12萬, full-width separators). */
function readAssets(raw: string, problems: CellProblems): AssetHolding[] {
  const holdings: AssetHolding[] = [];
  for (const part of raw.split(/[;；]/).map((p) => p.trim())) {
    if (part === '') continue;
    const problem = readHolding(part, holdings);
    if (problem) {
      problems.set('assets', problem);
      return [];
    }
  }
  return holdings;
}

/** Adds one "CODE:amount" holding, or returns what is wrong with it. */
function readHolding(part: string, holdings: AssetHolding[]): string | null {
  const match = HOLDING.exec(part);
  if (!match) return IMPORT_MESSAGE_KEYS.assetsFormat;
  const currency = lookupLabel(match[1]!, CURRENCY_LABELS);
  if (currency === null) return IMPORT_MESSAGE_KEYS.assetsCurrency;
  const amount = parseAmount(match[2]!);
  if (amount === null) return 'validation.number';
  holdings.push({ currency, amount });
  return null;
}

function splitTags(raw: string): string[] {
  const tags = raw
    .split(/[;；、]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return [...new Set(tags)];
}

/**
 * Excel in Taiwan rewrites 1980-05-03 as 1980/5/3 (sometimes with 00:00), and forms use ROC
 * dates (69/05/03, 民國69年5月3日). Anything else is passed on for the schema to reject.
 */
export function normalizeDate(raw: string): string {
  return readDate(raw) ?? raw;
}

// ---------------------------------------------------------------------------------------------
// Export

/** What an export needs of a client; ClientData (with or without an id) fits. */
export type ClientCsvRecord = Omit<ClientData, 'household'>;

/**
 * The same columns parseClientCsv reads, with a BOM and CRLF so Excel opens it as UTF-8. A cell
 * holding a line break of any kind is quoted, so a note over several lines stays one cell. Without
 * includeNationalId the IDs are masked, and such a file cannot be imported again.
 */
export function clientsToCsv(
  records: readonly ClientCsvRecord[],
  options: { includeNationalId: boolean },
): string {
  return writeCsv(
    CSV_COLUMNS,
    records.map((record) => recordCells(record, options.includeNationalId)),
  );
}

function recordCells(r: ClientCsvRecord, includeNationalId: boolean): string[] {
  const cells: Record<CsvColumn, string> = {
    name: r.name,
    national_id: includeNationalId ? (r.nationalId ?? '') : maskNationalId(r.nationalId),
    birth_date: r.birthDate ?? '',
    gender: r.gender,
    phone: r.phone ?? '',
    email: r.email ?? '',
    address: r.address ?? '',
    occupation: r.occupation ?? '',
    employer: r.employer ?? '',
    annual_income_twd: r.annualIncomeTwd === null ? '' : String(r.annualIncomeTwd),
    assets: r.investableAssets.map((h) => `${h.currency}:${h.amount}`).join(';'),
    source_of_wealth: r.sourceOfWealth ?? '',
    acquisition_source: r.acquisitionSource,
    status: r.status,
    advisor: r.advisor ?? '',
    tags: r.tags.join(';'),
    notes: r.notes ?? '',
  };
  return CSV_COLUMNS.map((column) => cells[column]);
}
