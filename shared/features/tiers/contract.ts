import { z } from 'zod';
import { channel, contractPart } from '../../ipc/define';
import { clientIdSchema } from '../clients';
import { TIER_CHANNELS } from './channels';
import {
  clientTierSchema,
  householdSchema,
  overdueListSchema,
  overdueQuerySchema,
  overrideInputSchema,
} from './schema';

/**
 * Tiers and service plans. The override is audited against the client (never the tier or the
 * reason in the detail); a recompute is audited with its count of changed clients.
 */
export const tiersContract = contractPart(TIER_CHANNELS, {
  /** Tiers every live client by assets and criteria in one unit of work; records each change. */
  'tiers.recompute': channel({
    input: z.object({}).strict(),
    /** `tiered`: clients tiered for the first time; `changed`: clients whose tier moved. */
    output: z.object({
      clients: z.number().int(),
      tiered: z.number().int(),
      changed: z.number().int(),
      at: z.string(),
    }),
    needsUnlock: true,
    audit: {
      action: 'tiers.recompute',
      entity: 'client',
      words: { 'zh-TW': '重新計算客戶分級', en: 'Recomputed client tiers' },
      entityId: () => null,
      detail: (_input, output) => `${output.changed} rows`,
    },
  }),
  /** The client's tier, plan, due dates and tier history (tiered now if the last recompute missed them). */
  'tiers.ofClient': channel({
    input: z.object({ clientId: clientIdSchema }).strict(),
    output: clientTierSchema,
    needsUnlock: true,
    audit: null,
  }),
  'tiers.override': channel({
    input: overrideInputSchema,
    output: clientTierSchema,
    needsUnlock: true,
    audit: {
      action: 'client.tier_override',
      entity: 'client',
      words: { 'zh-TW': '人工指定客戶分級', en: 'Set a manual client tier' },
      entityId: (input) => input.clientId,
    },
  }),
  /** Clients whose contact, review or KYC is due or late on a day, by tier, most late first. */
  'tiers.overdue': channel({
    input: overdueQuerySchema,
    output: overdueListSchema,
    needsUnlock: true,
    audit: null,
  }),
  /** The client's household: members, combined assets in TWD at the stated rates, its tier. */
  'tiers.household': channel({
    input: z.object({ clientId: clientIdSchema }).strict(),
    output: householdSchema,
    needsUnlock: true,
    audit: null,
  }),
});
