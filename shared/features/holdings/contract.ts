import { z } from 'zod';
import { channel, contractPart } from '../../ipc/define';
import { MAX_IMPORT_CSV_CHARS } from '../../kernel/limits';
import { clientIdSchema } from '../clients';
import { fileRowsWords } from '../products';
import { HOLDINGS_CHANNELS } from './channels';
import {
  cashInputSchema,
  holdingsStateSchema,
  holdingsVersionSchema,
  positionIdSchema,
  positionInputSchema,
} from './schema';

const ofClient = { clientId: clientIdSchema };
/** Every change names the version of the client's holdings it started from (CONFLICT otherwise). */
const versioned = { ...ofClient, version: holdingsVersionSchema };
/** An import replaces the client's holdings; `replace` says the user confirmed that (when there are any). */
const importing = { ...ofClient, replace: z.boolean() };
const imported = z.object({
  positions: z.number().int(),
  cash: z.number().int(),
  state: holdingsStateSchema,
});

const byClient = (input: { clientId: string }) => input.clientId;

/**
 * A client's holdings: positions and cash, valued at the firm's FX rates. Every change is audited
 * on the client (its internal ID), with counts only.
 */
export const holdingsContract = contractPart(HOLDINGS_CHANNELS, {
  'holdings.get': channel({
    input: z.object(ofClient).strict(),
    output: holdingsStateSchema,
    needsUnlock: true,
    audit: null,
  }),
  'holdings.addPosition': channel({
    input: z.object({ ...versioned, data: positionInputSchema }).strict(),
    output: holdingsStateSchema,
    needsUnlock: true,
    audit: {
      action: 'holdings.add_position',
      entity: 'client',
      words: { 'zh-TW': '新增持有部位', en: 'Added a holding' },
      entityId: byClient,
    },
  }),
  'holdings.updatePosition': channel({
    input: z.object({ ...versioned, id: positionIdSchema, data: positionInputSchema }).strict(),
    output: holdingsStateSchema,
    needsUnlock: true,
    audit: {
      action: 'holdings.update_position',
      entity: 'client',
      words: { 'zh-TW': '修改持有部位', en: 'Changed a holding' },
      entityId: byClient,
    },
  }),
  'holdings.deletePosition': channel({
    input: z.object({ ...versioned, id: positionIdSchema }).strict(),
    output: holdingsStateSchema,
    needsUnlock: true,
    audit: {
      action: 'holdings.delete_position',
      entity: 'client',
      words: { 'zh-TW': '刪除持有部位', en: 'Removed a holding' },
      entityId: byClient,
    },
  }),
  /** Sets the cash in one currency at one custodian; 0 removes it. */
  'holdings.setCash': channel({
    input: z.object({ ...versioned, data: cashInputSchema }).strict(),
    output: holdingsStateSchema,
    needsUnlock: true,
    audit: {
      action: 'holdings.set_cash',
      entity: 'client',
      words: { 'zh-TW': '設定現金部位', en: 'Set cash' },
      entityId: byClient,
    },
  }),
  /** Replaces the client's holdings with the file's; all rows or none (IMPORT_INVALID with row errors). */
  'holdings.importCsv': channel({
    input: z.object({ ...importing, csv: z.string().max(MAX_IMPORT_CSV_CHARS) }).strict(),
    output: imported,
    needsUnlock: true,
    audit: {
      action: 'holdings.import',
      entity: 'client',
      words: { 'zh-TW': '匯入持有部位', en: 'Imported holdings' },
      entityId: byClient,
      detail: (_input, output) => `${output.positions + output.cash} rows, csv`,
      detailWords: fileRowsWords,
    },
  }),
  /** The .xlsx file as base64; replaces the client's holdings, all rows or none. */
  'holdings.importXlsx': channel({
    input: z.object({ ...importing, xlsxBase64: z.string().max(MAX_IMPORT_CSV_CHARS) }).strict(),
    output: imported,
    needsUnlock: true,
    audit: {
      action: 'holdings.import_xlsx',
      entity: 'client',
      words: { 'zh-TW': '匯入持有部位（Excel）', en: 'Imported holdings (Excel)' },
      entityId: byClient,
      detail: (_input, output) => `${output.positions + output.cash} rows, xlsx`,
      detailWords: fileRowsWords,
    },
  }),
  'holdings.exportCsv': channel({
    input: z.object(ofClient).strict(),
    output: z.object({ csv: z.string(), count: z.number().int() }),
    needsUnlock: true,
    audit: {
      action: 'holdings.export',
      entity: 'client',
      words: { 'zh-TW': '匯出持有部位', en: 'Exported holdings' },
      entityId: byClient,
      detail: (_input, output) => `${output.count} rows, csv`,
      detailWords: fileRowsWords,
    },
  }),
});
