import { z } from 'zod';
import { channel, contractPart } from '../../ipc/define';
import { DEMO_CHANNELS } from './channels';

export const DEMO_MAX_CLIENTS = 100_000;

/**
 * Demo data is not client data: demo clients are marked as such, seeding refuses a vault that
 * holds real clients unless forced, and purging removes every demo client and nothing else.
 */
export const demoContract = contractPart(DEMO_CHANNELS, {
  'demo.seed': channel({
    input: z
      .object({
        count: z.number().int().min(1).max(DEMO_MAX_CLIENTS),
        /** The same seed gives the same clients. */
        seed: z
          .number()
          .int()
          .min(1)
          .max(2 ** 31 - 1)
          .default(1),
        /** Add demo clients even though the vault holds real ones. */
        force: z.boolean().default(false),
      })
      .strict(),
    /** `skipped`: generated national IDs already on file, left out. */
    output: z.object({ added: z.number().int(), skipped: z.number().int() }),
    needsUnlock: true,
    audit: {
      action: 'client.seed_demo',
      entity: 'client',
      words: { 'zh-TW': '加入示範客戶', en: 'Added demo clients' },
      detail: (input, output) => `${output.added} rows${input.force ? ', forced' : ''}`,
    },
  }),
  'demo.purge': channel({
    input: z.object({}).strict(),
    output: z.object({ removed: z.number().int() }),
    needsUnlock: true,
    audit: {
      action: 'client.purge_demo',
      entity: 'client',
      words: { 'zh-TW': '移除示範客戶', en: 'Removed demo clients' },
      detail: (_input, output) => `${output.removed} rows`,
    },
  }),
});
