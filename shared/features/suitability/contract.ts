import { z } from 'zod';
import { channel, codeWords, contractPart, type AuditWords } from '../../ipc/define';
import { clientIdSchema } from '../clients';
import { SUITABILITY_CHANNELS } from './channels';
import {
  OVERRIDE_STATUSES,
  overrideApprovalSchema,
  overrideIdSchema,
  overrideRequestSchema,
  overrideSchema,
  suitabilityCheckSchema,
  suitabilityItemsSchema,
} from './schema';
import { FINDING_CODE_WORDS, VERDICT_WORDS } from './words';

/** '6 products, blocked' (a check's detail) in words: '6 項商品，不得推介'. */
function checkWords(detail: string, language: keyof AuditWords): string | null {
  const check = /^(\d+) products, (\w+)$/.exec(detail);
  const verdict = codeWords(VERDICT_WORDS, check?.[2], language);
  if (!check || verdict === null) return null;
  return language === 'zh-TW'
    ? `${check[1]} 項商品，${verdict}`
    : `${check[1]} products, ${verdict.toLowerCase()}`;
}

/** 'finding grade_exceeded' (an override's detail) in words: the finding's name. */
function findingWords(detail: string, language: keyof AuditWords): string | null {
  return codeWords(FINDING_CODE_WORDS, /^finding (\w+)$/.exec(detail)?.[1], language);
}

/**
 * Suitability checks and their overrides. A check is saved (overrides refer to it) and audited
 * against the client; an override is asked for by the advisor with a written reason and approved
 * or rejected by a supervisor, each step an audit entry on the client. Details name finding codes
 * and counts only.
 */
export const suitabilityContract = contractPart(SUITABILITY_CHANNELS, {
  'suitability.check': channel({
    input: z.object({ clientId: clientIdSchema, items: suitabilityItemsSchema }).strict(),
    output: suitabilityCheckSchema,
    needsUnlock: true,
    audit: {
      action: 'suitability.check',
      entity: 'client',
      words: { 'zh-TW': '適合度檢核', en: 'Ran a suitability check' },
      entityId: (input) => input.clientId,
      detail: (input, output) => `${input.items.length} products, ${output.verdict}`,
      detailWords: checkWords,
    },
  }),
  'suitability.requestOverride': channel({
    input: overrideRequestSchema,
    output: overrideSchema,
    needsUnlock: true,
    audit: {
      action: 'suitability.override_request',
      entity: 'client',
      words: { 'zh-TW': '申請適合度例外核准', en: 'Asked for a suitability override' },
      entityId: (_input, output) => output.clientId,
      detail: (input) => `finding ${input.code}`,
      detailWords: findingWords,
    },
  }),
  'suitability.approveOverride': channel({
    input: overrideApprovalSchema,
    output: overrideSchema,
    needsUnlock: true,
    audit: {
      action: 'suitability.override_approve',
      entity: 'client',
      words: { 'zh-TW': '核准適合度例外', en: 'Approved a suitability override' },
      entityId: (_input, output) => output.clientId,
      detail: (_input, output) => `finding ${output.code}`,
      detailWords: findingWords,
    },
  }),
  'suitability.rejectOverride': channel({
    input: z
      .object({
        id: overrideIdSchema,
        supervisorName: overrideApprovalSchema.shape.supervisorName,
        reason: z
          .string()
          .trim()
          .min(1, { message: 'validation.required' })
          .max(2000, { message: 'validation.tooLong' }),
      })
      .strict(),
    output: overrideSchema,
    needsUnlock: true,
    audit: {
      action: 'suitability.override_reject',
      entity: 'client',
      words: { 'zh-TW': '駁回適合度例外', en: 'Rejected a suitability override' },
      entityId: (_input, output) => output.clientId,
      detail: (_input, output) => `finding ${output.code}`,
      detailWords: findingWords,
    },
  }),
  /** Newest first; the compliance tab asks for the pending ones, the check page for one client's. */
  'suitability.overrides': channel({
    input: z
      .object({ status: z.enum(OVERRIDE_STATUSES).optional(), clientId: clientIdSchema.optional() })
      .strict(),
    output: z.object({ items: z.array(overrideSchema) }),
    needsUnlock: true,
    audit: null,
  }),
});
