import { z } from 'zod';
import { channel, contractPart } from '../../ipc/define';
import { ASSUMPTIONS_CHANNELS } from './channels';
import { assumptionsDocumentSchema, assumptionsSummarySchema, assumptionsVersionSchema } from './schema';

/**
 * Capital-market assumptions: versions kept in the store beside the built-in one; new proposals
 * use the active version and keep the version they were made with. Imports and activations are
 * audited on the version (the firm's data, never client data).
 */
export const assumptionsContract = contractPart(ASSUMPTIONS_CHANNELS, {
  /** Every version: the built-in one first, then imports in the order they came. */
  'assumptions.list': channel({
    input: z.object({}).strict(),
    output: z.array(assumptionsSummarySchema),
    needsUnlock: true,
    audit: null,
  }),
  /** One version, or the active one when none is named. */
  'assumptions.get': channel({
    input: z.object({ version: assumptionsVersionSchema.optional() }).strict(),
    output: assumptionsDocumentSchema,
    needsUnlock: true,
    audit: null,
  }),
  /**
   * A JSON document, validated as the analytics engine validates it; refused with VALIDATION and
   * `details.problems`, each naming its asset class or correlation cell. A version on file is refused.
   */
  'assumptions.import': channel({
    input: z.object({ document: z.unknown() }).strict(),
    output: assumptionsSummarySchema,
    needsUnlock: true,
    audit: {
      action: 'assumptions.import',
      entity: 'assumptions',
      words: { 'zh-TW': '匯入資本市場假設版本', en: 'Imported a capital-market assumptions version' },
      entityId: (_input, output) => output.version,
    },
  }),
  /** Makes a version the one new proposals use. */
  'assumptions.activate': channel({
    input: z.object({ version: assumptionsVersionSchema }).strict(),
    output: assumptionsSummarySchema,
    needsUnlock: true,
    audit: {
      action: 'assumptions.activate',
      entity: 'assumptions',
      words: { 'zh-TW': '啟用資本市場假設版本', en: 'Activated a capital-market assumptions version' },
      entityId: (input) => input.version,
    },
  }),
});
