import type { ActivitiesService } from './service';
import type { LastContact } from './repository';

/**
 * What the tiers feature's service plans read: each client's latest contact and portfolio review
 * (ISO dates). A contact is a visit record, a contact record or an interview; a review is a visit
 * record or interview marked as a portfolio review (shared/features/activities `countsAs…`). Read
 * from one summary row per client, kept up to date with every change: no grouping of activities.
 */
export interface ActivitiesServicePlanSource {
  lastContacts(clientIds?: readonly string[]): Map<string, LastContact>;
}

export function activitiesServicePlanSource(activities: ActivitiesService): ActivitiesServicePlanSource {
  return { lastContacts: (clientIds) => activities.lastContacts(clientIds) };
}
