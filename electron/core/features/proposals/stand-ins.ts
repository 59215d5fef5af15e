import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assumptionsFileSchema } from '../../../../shared/analytics/assumptions';
import type { ProposalServices } from './sources';
import { AppError } from '../../../../shared/ipc/result';

const BUILT_IN_ASSUMPTIONS = resolve(
  import.meta.dirname,
  '../../../../resources/analytics/capital-market-assumptions.json',
);

/**
 * Until feat-holdings and feat-planning are merged: no holdings, no goals and the shipped
 * capital-market assumptions as the only version. The integrator replaces these in app.ts with
 * HoldingsService, GoalsService and AssumptionsService.
 */
export function standInPlanningServices(): Pick<ProposalServices, 'holdings' | 'goals' | 'assumptions'> {
  let builtIn: ReturnType<typeof assumptionsFileSchema.parse> | null = null;
  const active = () =>
    (builtIn ??= assumptionsFileSchema.parse(JSON.parse(readFileSync(BUILT_IN_ASSUMPTIONS, 'utf8'))));
  return {
    holdings: {
      valuationOf: (clientId) => ({
        clientId,
        positions: [],
        cash: [],
        totalTwd: 0,
        missingRates: [],
        fxAsOf: '',
      }),
    },
    goals: { listOf: () => [] },
    assumptions: {
      active,
      byVersion: (version) => {
        if (version === active().version) return active();
        throw new AppError('NOT_FOUND', `no capital-market assumptions version ${version}`, { version });
      },
    },
  };
}
