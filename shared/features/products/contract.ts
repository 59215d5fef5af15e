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
import { PRODUCT_CHANNELS } from './channels';
import { shelfFilterSchema } from './filter';
import { PRODUCT_STATE_WORDS } from './words';
import {
  productIdSchema,
  productInputSchema,
  productNoteSchema,
  productNoteTextSchema,
  productSchema,
  productStateSchema,
  productSummarySchema,
} from './schema';

const versioned = { id: productIdSchema, version: z.number().int().positive() };
const imported = z.object({ imported: z.number().int() });

const FILE_FORMAT_WORDS: Readonly<Record<string, AuditWords>> = {
  csv: { 'zh-TW': 'CSV 檔', en: 'CSV file' },
  xlsx: { 'zh-TW': 'Excel 檔', en: 'Excel file' },
};

/** '12 rows, csv' (an import's or an export's detail) in words: '12 筆，CSV 檔'. */
export function fileRowsWords(detail: string, language: keyof AuditWords): string | null {
  const [count = '', format] = detail.split(', ');
  const rows = rowCountWords(count, language);
  const file = codeWords(FILE_FORMAT_WORDS, format, language);
  return rows === null || file === null ? null : rows + PART_SEPARATOR[language] + file;
}

/**
 * The product shelf (KYP). Products are the firm's data, not client data; every change, import,
 * export and state change is audited by product ID and counts.
 */
export const productsContract = contractPart(PRODUCT_CHANNELS, {
  /** The whole shelf, filtered (no paging: 5,000 summaries answer in a few milliseconds). */
  'products.list': channel({
    input: shelfFilterSchema.strict(),
    output: z.object({ total: z.number().int(), items: z.array(productSummarySchema) }),
    needsUnlock: true,
    audit: null,
  }),
  'products.get': channel({
    input: z.object({ id: productIdSchema }).strict(),
    output: productSchema,
    needsUnlock: true,
    audit: null,
  }),
  'products.create': channel({
    input: z.object({ data: productInputSchema }).strict(),
    output: productSchema,
    needsUnlock: true,
    audit: {
      action: 'product.create',
      entity: 'product',
      words: { 'zh-TW': '新增商品', en: 'Added a product' },
      entityId: (_input, output) => output.id,
    },
  }),
  'products.update': channel({
    input: z.object({ ...versioned, data: productInputSchema }).strict(),
    output: productSchema,
    needsUnlock: true,
    audit: {
      action: 'product.update',
      entity: 'product',
      words: { 'zh-TW': '修改商品資料', en: 'Changed a product' },
      entityId: (input) => input.id,
    },
  }),
  'products.setState': channel({
    input: z.object({ ...versioned, state: productStateSchema }).strict(),
    output: productSchema,
    needsUnlock: true,
    audit: {
      action: 'product.set_state',
      entity: 'product',
      words: { 'zh-TW': '變更商品銷售狀態', en: "Changed a product's state" },
      entityId: (input) => input.id,
      detail: (input) => `state ${input.state}`,
      detailWords: (detail, language) =>
        codeWords(PRODUCT_STATE_WORDS, /^state (\w+)$/.exec(detail)?.[1], language),
    },
  }),
  'products.addNote': channel({
    input: z.object({ productId: productIdSchema, text: productNoteTextSchema }).strict(),
    output: productNoteSchema,
    needsUnlock: true,
    audit: {
      action: 'product.note',
      entity: 'product',
      words: { 'zh-TW': '新增 KYP 紀錄', en: 'Added a KYP note' },
      entityId: (input) => input.productId,
    },
  }),
  /** Newest first. */
  'products.listNotes': channel({
    input: z.object({ productId: productIdSchema }).strict(),
    output: z.object({ items: z.array(productNoteSchema) }),
    needsUnlock: true,
    audit: null,
  }),
  /** All rows or none: any bad row fails the import with IMPORT_INVALID and row errors. */
  'products.importCsv': channel({
    input: z.object({ csv: z.string().max(MAX_IMPORT_CSV_CHARS) }).strict(),
    output: imported,
    needsUnlock: true,
    audit: {
      action: 'product.import',
      entity: 'product',
      words: { 'zh-TW': '匯入商品', en: 'Imported products' },
      detail: (_input, output) => `${output.imported} rows, csv`,
      detailWords: fileRowsWords,
    },
  }),
  /** The .xlsx file as base64 (so every transport carries it alike); all rows or none. */
  'products.importXlsx': channel({
    input: z.object({ xlsxBase64: z.string().max(MAX_IMPORT_CSV_CHARS) }).strict(),
    output: imported,
    needsUnlock: true,
    audit: {
      action: 'product.import_xlsx',
      entity: 'product',
      words: { 'zh-TW': '匯入商品（Excel）', en: 'Imported products (Excel)' },
      detail: (_input, output) => `${output.imported} rows, xlsx`,
      detailWords: fileRowsWords,
    },
  }),
  'products.exportCsv': channel({
    input: z.object({}).strict(),
    output: z.object({ csv: z.string(), count: z.number().int() }),
    needsUnlock: true,
    audit: {
      action: 'product.export',
      entity: 'product',
      words: { 'zh-TW': '匯出商品', en: 'Exported products' },
      detail: (_input, output) => `${output.count} rows, csv`,
      detailWords: fileRowsWords,
    },
  }),
  'products.exportXlsx': channel({
    input: z.object({}).strict(),
    output: z.object({ xlsxBase64: z.string(), count: z.number().int() }),
    needsUnlock: true,
    audit: {
      action: 'product.export_xlsx',
      entity: 'product',
      words: { 'zh-TW': '匯出商品（Excel）', en: 'Exported products (Excel)' },
      detail: (_input, output) => `${output.count} rows, xlsx`,
      detailWords: fileRowsWords,
    },
  }),
  /** The demo shelf (about 60 products, marked as demo); codes already on the shelf are skipped. */
  'products.seedDemo': channel({
    input: z.object({}).strict(),
    output: z.object({ added: z.number().int(), skipped: z.number().int() }),
    needsUnlock: true,
    audit: {
      action: 'product.seed_demo',
      entity: 'product',
      words: { 'zh-TW': '匯入示範商品', en: 'Added the demo shelf' },
      detail: (_input, output) => `${output.added} rows`,
    },
  }),
});
