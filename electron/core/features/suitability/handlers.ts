import { SUITABILITY_CHANNELS } from '../../../../shared/features/suitability';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import { SuitabilityRepository } from './repository';
import { SuitabilityService } from './service';
import type { SuitabilitySources } from './sources';

export function createSuitabilityService(
  context: CoreContext,
  sources: SuitabilitySources,
): SuitabilityService {
  return new SuitabilityService(
    context.perDatabase((db) => new SuitabilityRepository(db)),
    sources,
    () => context.settings(),
    () => context.now(),
  );
}

export function createSuitabilityHandlers(
  context: CoreContext,
  sources: SuitabilitySources,
): FeatureHandlers<typeof SUITABILITY_CHANNELS> {
  const suitability = createSuitabilityService(context, sources);
  return {
    'suitability.check': ({ clientId, items }) => suitability.check(clientId, items),
    'suitability.requestOverride': (request) => suitability.requestOverride(request),
    'suitability.approveOverride': (approval) => suitability.approve(approval),
    'suitability.rejectOverride': ({ id, supervisorName, reason }) =>
      suitability.reject(id, supervisorName, reason),
    'suitability.overrides': (filter) => ({ items: suitability.list(filter) }),
  };
}
