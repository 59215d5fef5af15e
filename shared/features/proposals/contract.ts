import { z } from 'zod';
import { channel, codeWords, contractPart } from '../../ipc/define';
import { clientIdSchema, isoDateSchema } from '../clients';
import { PROPOSAL_CHANNELS } from './channels';
import {
  acceptanceReportSchema,
  analysedProposalSchema,
  DECISION_OUTCOMES,
  draftNoteSchema,
  proposalIdSchema,
  proposalSchema,
  proposalSummarySchema,
} from './record';
import { PROPOSAL_KINDS, PROPOSAL_STATE_WORDS, PROPOSAL_STATES, proposalContentSchema } from './schema';

/** The acceptance report's exports as the audit trail names them. */
const REPORT_FILE_WORDS = {
  csv: { 'zh-TW': '建議書接受報表，CSV 檔', en: 'acceptance report, CSV file' },
  pdf: { 'zh-TW': '建議書接受報表（列印檔）', en: 'acceptance report (PDF)' },
} as const;

const languageSchema = z.enum(['zh-TW', 'en']).default('zh-TW');
const periodSchema = { from: isoDateSchema, to: isoDateSchema };

/**
 * Proposals (建議書). Every change is audited on the client (entityId = the client's internal ID)
 * with the proposal's number as the detail: never an amount, a product or a reason.
 */
export const proposalsContract = contractPart(PROPOSAL_CHANNELS, {
  'proposals.list': channel({
    input: z
      .object({ clientId: clientIdSchema.optional(), state: z.enum(PROPOSAL_STATES).optional() })
      .strict(),
    output: z.array(proposalSummarySchema),
    needsUnlock: true,
    audit: null,
  }),
  'proposals.get': channel({
    input: z.object({ id: proposalIdSchema }).strict(),
    output: proposalSchema,
    needsUnlock: true,
    audit: null,
  }),
  /**
   * The first draft in one action: the model portfolio for the client's grade on the active
   * assumptions, each class filled with the shelf's preferred product, the dossier's goals copied.
   */
  'proposals.draft': channel({
    input: z
      .object({
        clientId: clientIdSchema,
        kind: z.enum(PROPOSAL_KINDS).default('allocation'),
        /** The title's and the default commentary's language (the screen's). */
        language: languageSchema,
      })
      .strict(),
    output: z.object({ proposal: proposalSchema, notes: z.array(draftNoteSchema) }),
    needsUnlock: true,
    audit: {
      action: 'proposal.create',
      entity: 'client',
      words: { 'zh-TW': '建立建議書', en: 'Created a proposal' },
      entityId: (input) => input.clientId,
      detail: (_input, output) => output.proposal.number,
    },
  }),
  'proposals.create': channel({
    input: z.object({ clientId: clientIdSchema, content: proposalContentSchema }).strict(),
    output: proposalSchema,
    needsUnlock: true,
    audit: {
      action: 'proposal.import',
      entity: 'client',
      words: { 'zh-TW': '以檔案建立建議書', en: 'Created a proposal from a file' },
      entityId: (input) => input.clientId,
      detail: (_input, output) => output.number,
    },
  }),
  /** Drafts only; `version` guards against a save from another window (CONFLICT). */
  'proposals.update': channel({
    input: z
      .object({ id: proposalIdSchema, version: z.number().int().positive(), content: proposalContentSchema })
      .strict(),
    output: proposalSchema,
    needsUnlock: true,
    audit: {
      action: 'proposal.update',
      entity: 'client',
      words: { 'zh-TW': '修改建議書', en: 'Changed a proposal' },
      entityId: (_input, output) => output.clientId,
      detail: (_input, output) => output.number,
    },
  }),
  /** The live computation behind the authoring screen's charts; changes nothing. */
  'proposals.analyse': channel({
    input: z.object({ clientId: clientIdSchema, content: proposalContentSchema }).strict(),
    output: analysedProposalSchema,
    needsUnlock: true,
    audit: null,
  }),
  /**
   * Freezes the proposal: its facts (content, products, assumptions, findings, analysis) and the
   * PDF's SHA-256. Refused while the KYC is not current, a product is blocked, an override is not
   * approved, or a 推介理由 the rules require is missing.
   */
  'proposals.present': channel({
    input: z.object({ id: proposalIdSchema, version: z.number().int().positive() }).strict(),
    output: proposalSchema,
    needsUnlock: true,
    audit: {
      action: 'proposal.present',
      entity: 'client',
      words: { 'zh-TW': '提出建議書', en: 'Presented a proposal' },
      entityId: (_input, output) => output.clientId,
      detail: (_input, output) => output.number,
    },
  }),
  'proposals.decide': channel({
    input: z
      .object({
        id: proposalIdSchema,
        version: z.number().int().positive(),
        outcome: z.enum(DECISION_OUTCOMES),
        acceptedProductIds: z.array(z.string().uuid()).max(40).default([]),
        reason: z.string().trim().max(1000).nullable().default(null),
        decidedOn: isoDateSchema,
      })
      .strict(),
    output: proposalSchema,
    needsUnlock: true,
    audit: {
      action: 'proposal.decide',
      entity: 'client',
      words: { 'zh-TW': '記錄客戶對建議書的決定', en: "Recorded the client's decision on a proposal" },
      entityId: (_input, output) => output.clientId,
      detail: (input, output) => `${output.number} ${input.outcome}`,
      detailWords: (detail, language) => {
        const [number, outcome] = detail.split(' ');
        const words = codeWords(PROPOSAL_STATE_WORDS, outcome, language);
        return words === null ? null : `${number} ${words}`;
      },
    },
  }),
  /** A new draft copying a presented (or decided) proposal's content, with the next revision number. */
  'proposals.newVersion': channel({
    input: z.object({ id: proposalIdSchema }).strict(),
    output: proposalSchema,
    needsUnlock: true,
    audit: {
      action: 'proposal.revise',
      entity: 'client',
      words: { 'zh-TW': '建立建議書新版本', en: 'Made a new version of a proposal' },
      entityId: (_input, output) => output.clientId,
      detail: (_input, output) => output.number,
    },
  }),
  /** Drafts only: a presented proposal is a record and stays. */
  'proposals.delete': channel({
    input: z.object({ id: proposalIdSchema, version: z.number().int().positive() }).strict(),
    output: z.object({ id: proposalIdSchema, clientId: clientIdSchema, number: z.string() }),
    needsUnlock: true,
    audit: {
      action: 'proposal.delete',
      entity: 'client',
      words: { 'zh-TW': '刪除建議書草稿', en: 'Deleted a draft proposal' },
      entityId: (_input, output) => output.clientId,
      detail: (_input, output) => output.number,
    },
  }),
  /**
   * The proposal PDF. A presented proposal gives the very file it was presented with (its hash
   * kept); a draft is drawn from its content now and marked as a draft.
   */
  'proposals.pdf': channel({
    input: z
      .object({ id: proposalIdSchema, language: languageSchema, largeType: z.boolean().optional() })
      .strict(),
    output: z.object({
      clientId: clientIdSchema,
      number: z.string(),
      fileName: z.string(),
      pdfBase64: z.string(),
      sha256: z.string(),
    }),
    needsUnlock: true,
    audit: {
      action: 'proposal.print',
      entity: 'client',
      words: { 'zh-TW': '列印建議書', en: 'Printed a proposal' },
      entityId: (_input, output) => output.clientId,
      detail: (_input, output) => output.number,
    },
  }),
  'proposals.report': channel({
    input: z.object(periodSchema).strict(),
    output: acceptanceReportSchema,
    needsUnlock: true,
    audit: null,
  }),
  'proposals.reportCsv': channel({
    input: z.object({ ...periodSchema, language: languageSchema }).strict(),
    output: z.object({ fileName: z.string(), csv: z.string() }),
    needsUnlock: true,
    audit: {
      action: 'proposal.report_export',
      entity: 'audit',
      words: { 'zh-TW': '匯出建議書接受報表', en: 'Exported the proposal acceptance report' },
      detail: () => 'csv',
      detailWords: (detail, language) => (detail === 'csv' ? REPORT_FILE_WORDS.csv[language] : null),
    },
  }),
  'proposals.reportPdf': channel({
    input: z.object({ ...periodSchema, language: languageSchema }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }),
    needsUnlock: true,
    audit: {
      action: 'proposal.report_print',
      entity: 'audit',
      words: { 'zh-TW': '列印建議書接受報表', en: 'Printed the proposal acceptance report' },
      detail: () => 'pdf',
      detailWords: (detail, language) => (detail === 'pdf' ? REPORT_FILE_WORDS.pdf[language] : null),
    },
  }),
});
