import type { z } from 'zod';
import type { ClientFacets } from '../../../../shared/features/clients/schema';
import { AppError } from '../../../../shared/ipc/result';

/** The clients a facet value selects: these IDs, or every client but these. */
export type ClientFacetMatch = { include: readonly string[] } | { exclude: readonly string[] };

/**
 * A filter of the client list that another feature answers (tiers: `tier`, `overdue`; KYC: `kyc`).
 * The clients feature knows only this shape: app.ts hands it the facets the features make, and
 * the list asks the facet named by a key which client IDs a value selects. The list then filters
 * in SQL, so a facet may answer for the whole book at once (one query, not one per client).
 */
export interface ClientListFacet {
  key: string;
  /** The values the facet accepts (checked when asked, so a list of the firm's tiers stays current). */
  values: z.ZodType<string>;
  match(value: string): ClientFacetMatch;
}

/**
 * Each facet of a list query as the IDs it selects. A key no feature registered, or a value its
 * facet refuses, is a VALIDATION error naming the facet (['facets', key]).
 */
export function matchFacets(
  facets: ClientFacets | undefined,
  registered: readonly ClientListFacet[],
): ClientFacetMatch[] {
  if (!facets) return [];
  const byKey = new Map(registered.map((facet) => [facet.key, facet]));
  // Every value is checked before any facet is asked: a refusal costs no query.
  const checked = Object.entries(facets).map(([key, value]) => {
    const facet = byKey.get(key);
    if (!facet || !facet.values.safeParse(value).success) {
      throw new AppError('VALIDATION', 'unknown client list filter or value', {
        issues: [{ path: ['facets', key], message: 'validation.invalid' }],
      });
    }
    return { facet, value };
  });
  return checked.map(({ facet, value }) => facet.match(value));
}
