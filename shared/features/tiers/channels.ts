/** The tiers feature's channel names, bare (the preload's allow-list cannot load zod). */
export const TIER_CHANNELS = [
  'tiers.recompute',
  'tiers.ofClient',
  'tiers.override',
  'tiers.overdue',
  'tiers.household',
] as const;
