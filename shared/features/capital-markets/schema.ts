import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { assumptionsFileSchema } from '../../analytics/assumptions';

/** A capital-market assumptions document as the engine reads it (resources/analytics/…json). */
export type AssumptionsFile = z.output<typeof assumptionsFileSchema>;

/** The document as it travels over IPC (the engine's schema, defaults applied). */
export const assumptionsDocumentSchema = assumptionsFileSchema;

export const assumptionsVersionSchema = z
  .string()
  .trim()
  .min(1, { message: 'validation.required' })
  .max(64, { message: 'validation.tooLong' });

export const assumptionsSummarySchema = z.object({
  version: z.string(),
  asOf: z.string(),
  source: z.string(),
  assetCount: z.number().int(),
  /** When it was imported; null for the one the app ships with. */
  importedAt: z.string().nullable(),
  builtIn: z.boolean(),
  /** New proposals use it: the latest activated version, or the built-in one before any. */
  active: z.boolean(),
  /** When it was last made the active version; null when never (the built-in one before any). */
  activatedAt: z.string().nullable(),
});
export type AssumptionsSummary = z.infer<typeof assumptionsSummarySchema>;

/**
 * One thing wrong with an assumptions document, in both languages, naming the asset class or the
 * correlation cell (「相關係數第 2 列第 3 欄（dm_equity × em_equity）：…」). The document is the
 * firm's data, never client data.
 */
export type AssumptionsProblem = AuditWords & {
  assetId: string | null;
  /** 0-based [row, column] of the correlation matrix, when the problem is a cell. */
  cell: [number, number] | null;
};
