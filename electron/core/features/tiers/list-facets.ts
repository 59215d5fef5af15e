import { z } from 'zod';
import { OVERDUE_FILTERS, SERVICE_KINDS } from '../../../../shared/features/tiers';
import type { Settings } from '../../../../shared/features/settings';
import type { ClientListFacet } from '../clients';
import type { TiersService } from './service';

/**
 * The client list's filters tiers answer: `tier` (a tier the settings know: clients whose tier in
 * effect it is) and `overdue` ('any', or a service kind: clients on the overdue list for it).
 */
export function tiersListFacets(tiers: TiersService, settings: () => Settings): ClientListFacet[] {
  return [
    {
      key: 'tier',
      values: z.string().refine((key) => settings().tiers.tiers.some((tier) => tier.key === key)),
      match: (key) => ({ include: tiers.clientsOfTier(key) }),
    },
    {
      key: 'overdue',
      values: z.enum(OVERDUE_FILTERS),
      match: (value) => {
        const query = value === 'any' ? {} : { kind: z.enum(SERVICE_KINDS).parse(value) };
        const rows = tiers.overdue(query).rows;
        return { include: [...new Set(rows.map((row) => row.clientId))] };
      },
    },
  ];
}
