import { z } from 'zod';
import { channel, contractPart } from '../../ipc/define';
import { clientIdSchema, isoDateSchema } from '../clients';
import { INVESTOR_CLASS_CHANNELS } from './channels';
import { investorClassSchema } from './classes';
import {
  activationInputSchema,
  classApplicationInputSchema,
  classApplicationSchema,
  evidenceInputSchema,
  reversionInputSchema,
} from './schema';

/**
 * Investor classes: each change is audited against the client (entity 'client', the client's
 * internal ID), never with the class, the amounts or the reason in the detail.
 */
export const investorClassesContract = contractPart(INVESTOR_CLASS_CHANNELS, {
  /** Every application of one client, newest first, with its evidence, activation and reversion. */
  'classes.list': channel({
    input: z.object({ clientId: clientIdSchema }).strict(),
    output: z.object({ applications: z.array(classApplicationSchema) }),
    needsUnlock: true,
    audit: null,
  }),
  /** The class in effect on a day (today in the firm's time zone unless given). */
  'classes.current': channel({
    input: z.object({ clientId: clientIdSchema, day: isoDateSchema.optional() }).strict(),
    output: z.object({
      day: z.string(),
      investorClass: investorClassSchema,
      application: classApplicationSchema.nullable(),
    }),
    needsUnlock: true,
    audit: null,
  }),
  'classes.apply': channel({
    input: classApplicationInputSchema,
    output: classApplicationSchema,
    needsUnlock: true,
    audit: {
      action: 'client.class_apply',
      entity: 'client',
      words: { 'zh-TW': '登錄投資人分類申請', en: 'Recorded an investor class application' },
      entityId: (input) => input.clientId,
    },
  }),
  'classes.addEvidence': channel({
    input: evidenceInputSchema,
    output: classApplicationSchema,
    needsUnlock: true,
    audit: {
      action: 'client.class_evidence',
      entity: 'client',
      words: { 'zh-TW': '登錄投資人分類證明文件', en: 'Recorded investor class evidence' },
      entityId: (_input, output) => output.clientId,
    },
  }),
  /** Refused (VALIDATION, details.problems and zh-TW details.issues) unless the evidence and amounts allow it. */
  'classes.activate': channel({
    input: activationInputSchema,
    output: classApplicationSchema,
    needsUnlock: true,
    audit: {
      action: 'client.class_activate',
      entity: 'client',
      words: { 'zh-TW': '投資人分類生效', en: 'Put an investor class into effect' },
      entityId: (_input, output) => output.clientId,
    },
  }),
  'classes.revert': channel({
    input: reversionInputSchema,
    output: classApplicationSchema,
    needsUnlock: true,
    audit: {
      action: 'client.class_revert',
      entity: 'client',
      words: { 'zh-TW': '恢復為一般投資人', en: 'Reverted to a general investor' },
      entityId: (_input, output) => output.clientId,
    },
  }),
});
