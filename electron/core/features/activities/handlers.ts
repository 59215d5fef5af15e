import { ACTIVITY_CHANNELS } from '../../../../shared/features/activities';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import type { ClientsService } from '../clients';
import { ActivitiesRepository } from './repository';
import { ActivitiesService } from './service';

/** The activities service over the open database, for this feature's handlers and for tiers. */
export function createActivitiesService(context: CoreContext, clients: ClientsService): ActivitiesService {
  return new ActivitiesService(
    context.perDatabase((db) => new ActivitiesRepository(db)),
    clients,
    () => context.settings(),
    () => context.now(),
  );
}

export function createActivitiesHandlers(
  activities: ActivitiesService,
): FeatureHandlers<typeof ACTIVITY_CHANNELS> {
  return {
    'activities.timeline': ({ clientId }) => activities.timeline(clientId),
    'activities.add': ({ clientId, activity, followUps }) => activities.add(clientId, activity, followUps),
    'activities.addMany': ({ clientIds, activity }) => ({ added: activities.addMany(clientIds, activity) }),
    'activities.completePlan': ({ planId, version, record, followUps }) =>
      activities.completePlan(planId, version, record, followUps),
    'activities.delete': ({ id, version }) => activities.delete(id, version),
    'activities.addFollowUp': ({ clientId, followUp, activityId }) =>
      activities.addFollowUp(clientId, followUp, activityId ?? null),
    'activities.setFollowUpDone': ({ id, version, done }) => activities.setFollowUpDone(id, version, done),
    'activities.home': ({ asOf }) => activities.home(asOf),
  };
}
