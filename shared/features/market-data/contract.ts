import { z } from 'zod';
import {
  channel,
  codeWords,
  contractPart,
  PART_SEPARATOR,
  rowCountWords,
  type AuditWords,
} from '../../ipc/define';
import { MAX_IMPORT_CSV_CHARS } from '../../kernel/limits';
import { MARKET_DATA_CHANNELS } from './channels';
import {
  dateRangeSchema,
  fxRateSchema,
  importProgressSchema,
  importReportSchema,
  pointSchema,
  seriesCodeSchema,
  seriesFiguresSchema,
  seriesSummarySchema,
} from './schema';
import { IMPORT_ENCODINGS } from './words';

const none = z.object({}).strict();
/** A caller-chosen ID for an import, so market.importProgress can be asked about it while it runs. */
const importIdSchema = z.string().uuid({ message: 'validation.id' });
const importOptions = {
  /** 'auto' (the default): UTF-8 when the bytes are valid UTF-8 (BOM or not), else Big5. */
  encoding: z.enum(IMPORT_ENCODINGS).default('auto'),
  importId: importIdSchema.optional(),
};
const filePath = z
  .string()
  .trim()
  .min(1, { message: 'validation.required' })
  .max(4096, { message: 'validation.tooLong' });

const FILE_FORMAT_WORDS: Readonly<Record<string, AuditWords>> = {
  csv: { 'zh-TW': 'CSV 檔', en: 'CSV file' },
  xlsx: { 'zh-TW': 'Excel 檔', en: 'Excel file' },
};

/** '1200 rows, csv, 30 added, 2 corrected' in words; null for other text. */
export function importDetailWords(detail: string, language: keyof AuditWords): string | null {
  const match = /^(\d+ rows?), (csv|xlsx), (\d+) added, (\d+) corrected$/.exec(detail);
  if (!match) return null;
  const rows = rowCountWords(match[1]!, language);
  const file = codeWords(FILE_FORMAT_WORDS, match[2], language);
  const counts =
    language === 'zh-TW'
      ? `新增 ${match[3]} 筆，更正 ${match[4]} 筆`
      : `${match[3]} added, ${match[4]} corrected`;
  return [rows, file, counts].join(PART_SEPARATOR[language]);
}

/** '16 series, 20000 rows' in words. */
function sampleDetailWords(detail: string, language: keyof AuditWords): string | null {
  const match = /^(\d+) series, (\d+ rows?)$/.exec(detail);
  if (!match) return null;
  const series = language === 'zh-TW' ? `${match[1]} 個序列` : `${match[1]} series`;
  return series + PART_SEPARATOR[language] + rowCountWords(match[2]!, language);
}

/**
 * Offline market data: a catalogue of series (indices, FX, rates, NAVs, gold) and their daily
 * points, imported from CSV or Excel files. The firm's data, not client data: imports are audited
 * with counts only.
 */
export const marketDataContract = contractPart(MARKET_DATA_CHANNELS, {
  /** Every series with its span, last value and freshness today (by the firm's calendar). */
  'market.seriesList': channel({
    input: none,
    output: z.object({ today: z.string(), series: z.array(seriesSummarySchema) }),
    needsUnlock: true,
    audit: null,
  }),
  /** One series with its figures (derived.ts: returns, 1Y volatility, drawdowns) as of its last point. */
  'market.seriesGet': channel({
    input: z.object({ code: seriesCodeSchema }).strict(),
    output: z.object({ series: seriesSummarySchema, figures: seriesFiguresSchema }),
    needsUnlock: true,
    audit: null,
  }),
  /** Points of one or more series between two dates (both included; all when omitted), ascending. NOT_FOUND for an unknown code. */
  'market.points': channel({
    input: z.object({ codes: z.array(seriesCodeSchema).min(1).max(30), ...dateRangeSchema }).strict(),
    output: z.object({ series: z.array(z.object({ code: z.string(), points: z.array(pointSchema) })) }),
    needsUnlock: true,
    audit: null,
  }),
  /**
   * Adds or corrects points from a CSV or Excel file (by its path on this computer, or its bytes
   * from the browser), long or wide layout; all rows or none (IMPORT_INVALID with row errors).
   * Importing the same file again changes nothing and says so.
   */
  'market.import': channel({
    input: z.union([
      z.object({ path: filePath, ...importOptions }).strict(),
      z
        .object({
          fileName: z.string().trim().min(1).max(260),
          contentBase64: z.string().max(MAX_IMPORT_CSV_CHARS),
          ...importOptions,
        })
        .strict(),
    ]),
    output: importReportSchema,
    needsUnlock: true,
    audit: {
      action: 'market.import',
      entity: 'market_data',
      words: { 'zh-TW': '匯入市場資料', en: 'Imported market data' },
      detail: (_input, output) =>
        `${output.points} rows, ${output.format}, ${output.added} added, ${output.corrected} corrected`,
      detailWords: importDetailWords,
    },
  }),
  /** How far an import under way has got ('unknown' for an ID no import has used or one long done). */
  'market.importProgress': channel({
    input: z.object({ importId: importIdSchema }).strict(),
    output: importProgressSchema,
    needsUnlock: true,
    audit: null,
  }),
  /**
   * The rate to TWD per currency that TWD totals use: the last point of its FX series with that
   * point's date, or the settings' rate and date where no series has points.
   */
  'market.fxLatest': channel({
    input: none,
    output: z.object({ rates: z.array(fxRateSchema) }),
    needsUnlock: true,
    audit: null,
  }),
  /**
   * Loads the shipped sample data (about five years of the main series, marked as sample). A
   * series the firm has imported real data into is left alone.
   */
  'market.sampleLoad': channel({
    input: none,
    output: z.object({ series: z.number().int(), points: z.number().int(), skipped: z.array(z.string()) }),
    needsUnlock: true,
    audit: {
      action: 'market.sample_load',
      entity: 'market_data',
      words: { 'zh-TW': '載入範例市場資料', en: 'Loaded sample market data' },
      detail: (_input, output) => `${output.series} series, ${output.points} rows`,
      detailWords: sampleDetailWords,
    },
  }),
});
