import type { ServicePlanDeps } from './service';

/**
 * The activities source until feat-activities is merged: no contact or review is known, so each
 * plan counts from the day the client entered their tier. app.ts replaces it with
 * `activitiesServicePlanSource(activities)` from electron/core/features/activities.
 */
export const NO_ACTIVITIES_YET: ServicePlanDeps['activities'] = { lastContacts: () => new Map() };
