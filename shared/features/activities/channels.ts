/** The activities feature's channel names, bare (the preload's allow-list cannot load zod). */
export const ACTIVITY_CHANNELS = [
  'activities.timeline',
  'activities.add',
  'activities.addMany',
  'activities.completePlan',
  'activities.delete',
  'activities.addFollowUp',
  'activities.setFollowUpDone',
  'activities.home',
] as const;
