/** The escalations feature's channel names, bare (the preload's allow-list cannot load zod). */
export const ESCALATION_CHANNELS = [
  'feedback.list',
  'feedback.add',
  'feedback.report',
  'escalations.list',
  'escalations.raise',
  'escalations.act',
] as const;
