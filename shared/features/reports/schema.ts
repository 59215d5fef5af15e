import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { clientIdSchema, clientStatusSchema, isoDateSchema } from '../clients';

/** The files the report is written as. */
export const REPORT_FORMATS = ['pdf', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const REPORT_FORMAT_WORDS: Readonly<Record<ReportFormat, AuditWords>> = {
  pdf: { 'zh-TW': 'PDF 檔', en: 'PDF file' },
  csv: { 'zh-TW': 'CSV 檔', en: 'CSV file' },
  xlsx: { 'zh-TW': 'Excel 檔', en: 'Excel file' },
};

/** A period of the report, and one client when it is that client's report. */
export const bookReportQuerySchema = z
  .object({ from: isoDateSchema, to: isoDateSchema, clientId: clientIdSchema.optional() })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'validation.periodOrder', path: ['to'] });
export type BookReportQuery = z.infer<typeof bookReportQuerySchema>;

/** One client's line: where they stand and what the service plan asked in the period. */
export const bookClientRowSchema = z.object({
  clientId: z.string(),
  name: z.string(),
  status: clientStatusSchema,
  tierKey: z.string().nullable(),
  assetsTwd: z.number(),
  contacts: z.number().int(),
  visits: z.number().int(),
  /** Contacts the plan asks for in the period (null: no plan follows the client). */
  contactsRequired: z.number().int().nullable(),
  /** null when no plan follows the client. */
  planMet: z.boolean().nullable(),
  lastContact: z.string().nullable(),
  satisfaction: z.number().nullable(),
  openFollowUps: z.number().int(),
  overdueFollowUps: z.number().int(),
  openEscalations: z.number().int(),
});
export type BookClientRow = z.infer<typeof bookClientRowSchema>;

const tierLineSchema = z.object({
  tierKey: z.string().nullable(),
  clients: z.number().int(),
  byStatus: z.record(clientStatusSchema, z.number().int()),
  assetsTwd: z.number(),
  contacts: z.number().int(),
  visits: z.number().int(),
  planMet: z.number().int(),
  planMissed: z.number().int(),
});
export type BookTierLine = z.infer<typeof tierLineSchema>;

/** The relationship maintenance and management report (O1.2.1) for the book or one client. */
export const bookReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  clientId: z.string().nullable(),
  byTier: z.array(tierLineSchema),
  totals: tierLineSchema,
  satisfaction: z.object({
    interviews: z.number().int(),
    average: z.number().nullable(),
    /** How many interviews scored 1, 2, 3, 4, 5. */
    byScore: z.array(z.number().int()).length(5),
  }),
  /** The book's new accounts against the firm's target for the period (null in a client's report). */
  accounts: z.object({ opened: z.number().int(), target: z.number().int() }).nullable(),
  assets: z.object({
    now: z.number(),
    /** The book's assets on the first snapshot day on or before `from`, when one was taken. */
    atStart: z.number().nullable(),
    startOn: z.string().nullable(),
  }),
  followUps: z.object({ open: z.number().int(), overdue: z.number().int() }),
  escalations: z.object({ open: z.number().int(), overdue: z.number().int() }),
  clients: z.array(bookClientRowSchema),
});
export type BookReport = z.infer<typeof bookReportSchema>;
