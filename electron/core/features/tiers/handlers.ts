import type { TIER_CHANNELS } from '../../../../shared/features/tiers';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import { TiersRepository } from './repository';
import { TiersService, type ServicePlanDeps } from './service';

/** The tiers service over the open database (app.ts hands it the other features' services). */
export function createTiersService(context: CoreContext, deps: ServicePlanDeps): TiersService {
  return new TiersService(
    context.perDatabase((db) => new TiersRepository(db)),
    deps,
    () => context.settings(),
    () => context.fxRates(),
    () => context.nowIso(),
  );
}

export function createTiersHandlers(service: TiersService): FeatureHandlers<typeof TIER_CHANNELS> {
  return {
    'tiers.recompute': () => service.recompute(),
    'tiers.ofClient': ({ clientId }) => service.ofClient(clientId),
    'tiers.override': ({ clientId, tierKey, reason }) => service.override(clientId, tierKey, reason),
    'tiers.overdue': (query) => service.overdue(query),
    'tiers.household': ({ clientId }) => service.household(clientId),
  };
}
