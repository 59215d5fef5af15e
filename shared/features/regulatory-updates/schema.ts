import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { optionalText, requiredText } from '../../kernel/text-fields';
import { isoDateSchema } from '../clients';

/**
 * The regulatory-update log (P2.1.2): what the regulators, the self-regulatory bodies and the
 * firm's compliance office issued, and each advisor's acknowledgement that they read it.
 */

export const ISSUING_BODIES = ['fsc', 'twse', 'tpex', 'sitca', 'tsa', 'compliance_office', 'other'] as const;
export type IssuingBody = (typeof ISSUING_BODIES)[number];
export const ISSUING_BODY_WORDS: Readonly<Record<IssuingBody, AuditWords>> = {
  fsc: { 'zh-TW': '金管會', en: 'Financial Supervisory Commission' },
  twse: { 'zh-TW': '證交所', en: 'Taiwan Stock Exchange' },
  tpex: { 'zh-TW': '櫃買中心', en: 'Taipei Exchange' },
  sitca: { 'zh-TW': '投信投顧公會', en: 'SITCA' },
  tsa: { 'zh-TW': '證券商公會', en: 'Taiwan Securities Association' },
  compliance_office: { 'zh-TW': '本公司法令遵循單位', en: "The firm's compliance office" },
  other: { 'zh-TW': '其他機關', en: 'Other' },
};

/** An attached file is kept in the encrypted database, up to this size. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const linkSchema = z
  .string()
  .trim()
  .max(1000, { message: 'validation.tooLong' })
  .refine((s) => s === '' || /^https?:\/\/\S+$/i.test(s), { message: 'validation.link' })
  .nullable()
  .transform((s) => (s === null || s === '' ? null : s));

export const regulatoryUpdateInputSchema = z
  .object({
    title: requiredText(200),
    issuer: z.enum(ISSUING_BODIES, { message: 'validation.invalid' }),
    /** The issuing body's reference (發文字號), when it has one. */
    reference: optionalText(100),
    issuedOn: isoDateSchema,
    effectiveOn: isoDateSchema.nullable(),
    summary: optionalText(4000),
    link: linkSchema,
  })
  .refine((u) => u.effectiveOn === null || u.effectiveOn >= u.issuedOn, {
    message: 'validation.effectiveBeforeIssued',
    path: ['effectiveOn'],
  });
export type RegulatoryUpdateInput = z.input<typeof regulatoryUpdateInputSchema>;
export type RegulatoryUpdateData = z.output<typeof regulatoryUpdateInputSchema>;

export const attachmentInputSchema = z.object({
  fileName: requiredText(200).refine((n) => !/[\\/]/.test(n), { message: 'validation.fileName' }),
  /** The file's bytes; at most MAX_ATTACHMENT_BYTES once decoded. */
  base64: z
    .string()
    .min(1, { message: 'validation.required' })
    .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4, { message: 'validation.attachmentTooLarge' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'validation.invalid' }),
});

export const acknowledgementSchema = z.object({ reader: z.string(), at: z.string() });

export const regulatoryUpdateSchema = z.object({
  id: z.string(),
  title: z.string(),
  issuer: z.enum(ISSUING_BODIES),
  reference: z.string().nullable(),
  issuedOn: z.string(),
  effectiveOn: z.string().nullable(),
  summary: z.string().nullable(),
  link: z.string().nullable(),
  attachment: z.object({ fileName: z.string(), bytes: z.number().int() }).nullable(),
  /** Every advisor's acknowledgement, earliest first. */
  acknowledgements: z.array(acknowledgementSchema),
  /** When the session's advisor acknowledged it; null while unread. */
  readAt: z.string().nullable(),
  version: z.number().int().positive(),
  createdAt: z.string(),
});
export type RegulatoryUpdate = z.infer<typeof regulatoryUpdateSchema>;
