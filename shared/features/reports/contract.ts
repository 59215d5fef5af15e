import { z } from 'zod';
import { channel, codeWords, contractPart, type AuditWords } from '../../ipc/define';
import { REPORT_CHANNELS } from './channels';
import { REPORT_FORMAT_WORDS, REPORT_FORMATS, bookReportQuerySchema, bookReportSchema } from './schema';

const languageSchema = z.enum(['zh-TW', 'en']);

/** 'pdf, book' / 'csv, client' in words. */
function fileWords(detail: string, language: keyof AuditWords): string | null {
  const match = /^(\w+), (book|client)$/.exec(detail);
  const format = codeWords(REPORT_FORMAT_WORDS, match?.[1], language);
  if (format === null) return null;
  const scope =
    match![2] === 'book'
      ? { 'zh-TW': '全部客戶', en: 'whole book' }[language]
      : { 'zh-TW': '單一客戶', en: 'one client' }[language];
  return `${format}${language === 'zh-TW' ? '，' : ', '}${scope}`;
}

/** The relationship report: figures for the screen, and a file (PDF, CSV, Excel) the user asked for. */
export const reportsContract = contractPart(REPORT_CHANNELS, {
  'book.report': channel({
    input: bookReportQuerySchema,
    output: bookReportSchema,
    needsUnlock: true,
    audit: null,
  }),
  'book.reportFile': channel({
    input: z
      .object({
        query: bookReportQuerySchema,
        format: z.enum(REPORT_FORMATS),
        language: languageSchema.default('zh-TW'),
      })
      .strict(),
    output: z.object({ fileName: z.string(), base64: z.string(), clientId: z.string().nullable() }),
    needsUnlock: true,
    audit: {
      action: 'book.report_export',
      entity: 'client',
      words: { 'zh-TW': '匯出客戶經營管理報表', en: 'Exported the relationship report' },
      entityId: (input) => input.query.clientId ?? null,
      detail: (input) => `${input.format}, ${input.query.clientId ? 'client' : 'book'}`,
      detailWords: fileWords,
    },
  }),
});
