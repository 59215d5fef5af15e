import { ASSUMPTIONS_CHANNELS } from '../../../../shared/features/capital-markets';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import { AssumptionsRepository } from './repository';
import { AssumptionsService } from './service';

/** The assumptions service over the open database, for this feature's handlers and for proposals. */
export function createAssumptionsService(context: CoreContext): AssumptionsService {
  return new AssumptionsService(
    context.perDatabase((db) => new AssumptionsRepository(db)),
    () => context.now(),
  );
}

export function createAssumptionsHandlers(
  assumptions: AssumptionsService,
): FeatureHandlers<typeof ASSUMPTIONS_CHANNELS> {
  return {
    'assumptions.list': () => assumptions.list(),
    'assumptions.get': ({ version }) => (version ? assumptions.byVersion(version) : assumptions.active()),
    'assumptions.import': ({ document }) => assumptions.import(document),
    'assumptions.activate': ({ version }) => assumptions.activate(version),
  };
}
