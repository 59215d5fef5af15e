import { GOAL_CHANNELS } from '../../../../shared/features/goals';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import type { ClientsService } from '../clients';
import { GoalsRepository } from './repository';
import { GoalsService } from './service';

/** The goals service over the open database, for this feature's handlers and for proposals. */
export function createGoalsService(context: CoreContext, clients: ClientsService): GoalsService {
  return new GoalsService(
    context.perDatabase((db) => new GoalsRepository(db)),
    clients,
    () => context.settings(),
    () => context.now(),
  );
}

export function createGoalsHandlers(goals: GoalsService): FeatureHandlers<typeof GOAL_CHANNELS> {
  return {
    'goals.list': ({ clientId }) => goals.listOf(clientId),
    'goals.create': ({ clientId, data }) => goals.create(clientId, data),
    'goals.update': ({ id, version, data }) => goals.update(id, version, data),
    'goals.delete': ({ id, version }) => goals.delete(id, version),
  };
}
