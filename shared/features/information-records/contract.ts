import { z } from 'zod';
import { channel, codeWords, contractPart, PART_SEPARATOR, type AuditWords } from '../../ipc/define';
import { isoDateSchema } from '../clients';
import { INFORMATION_RECORD_CHANNELS } from './channels';
import {
  GIVEN_METHOD_WORDS,
  informationGivenInputSchema,
  informationListFilterSchema,
  informationRecordSchema,
  informationReportSchema,
  MATERIAL_KIND_WORDS,
  REPORT_GROUPINGS,
} from './schema';

const languageSchema = z.enum(['zh-TW', 'en']).default('zh-TW');
const periodFields = {
  from: isoDateSchema,
  to: isoDateSchema,
  by: z.enum(REPORT_GROUPINGS).default('material'),
};
const inOrder = (p: { from: string; to: string }) => p.from <= p.to;
const ORDER_ISSUE = { message: 'validation.periodOrder', path: ['to'] };

const REPORT_CSV_WORDS: AuditWords = {
  'zh-TW': '提供資訊紀錄報表，CSV 檔',
  en: 'information-given report, CSV file',
};

/** 'kind deck, method email, 3 clients' in words. */
function givenWords(detail: string, language: keyof AuditWords): string | null {
  const match = /^kind (\w+), method (\w+), (\d+) clients?$/.exec(detail);
  const kind = codeWords(MATERIAL_KIND_WORDS, match?.[1], language);
  const method = codeWords(GIVEN_METHOD_WORDS, match?.[2], language);
  if (kind === null || method === null) return null;
  const count = language === 'zh-TW' ? `${match![3]} 位客戶` : `${match![3]} clients`;
  return [kind, method, count].join(PART_SEPARATOR[language]);
}

/**
 * Records of information given. Recording one is audited on the client when there is one
 * recipient (its internal ID), with codes and a count only: never a title or a name.
 */
export const informationRecordsContract = contractPart(INFORMATION_RECORD_CHANNELS, {
  'information.add': channel({
    input: z.object({ data: informationGivenInputSchema }).strict(),
    output: informationRecordSchema,
    needsUnlock: true,
    audit: {
      action: 'information.give',
      entity: 'client',
      words: { 'zh-TW': '登錄提供資訊紀錄', en: 'Recorded information given' },
      entityId: (_input, output) => (output.recipients.length === 1 ? output.recipients[0]!.clientId : null),
      detail: (_input, output) =>
        `kind ${output.material.kind}, method ${output.method}, ${output.recipients.length} client${output.recipients.length === 1 ? '' : 's'}`,
      detailWords: givenWords,
    },
  }),
  'information.list': channel({
    input: informationListFilterSchema,
    output: z.array(informationRecordSchema),
    needsUnlock: true,
    audit: null,
  }),
  'information.report': channel({
    input: z.object(periodFields).strict().refine(inOrder, ORDER_ISSUE),
    output: informationReportSchema,
    needsUnlock: true,
    audit: null,
  }),
  'information.reportCsv': channel({
    input: z
      .object({ ...periodFields, language: languageSchema })
      .strict()
      .refine(inOrder, ORDER_ISSUE),
    output: z.object({ fileName: z.string(), csv: z.string() }),
    needsUnlock: true,
    audit: {
      action: 'information.report_export',
      entity: 'audit',
      words: { 'zh-TW': '匯出提供資訊紀錄報表', en: 'Exported the information-given report' },
      detail: () => 'csv',
      detailWords: (detail, language) => (detail === 'csv' ? REPORT_CSV_WORDS[language] : null),
    },
  }),
});
