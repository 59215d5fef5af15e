/** The suitability feature's channel names, bare (the preload's allow-list cannot load zod). */
export const SUITABILITY_CHANNELS = [
  'suitability.check',
  'suitability.requestOverride',
  'suitability.approveOverride',
  'suitability.rejectOverride',
  'suitability.overrides',
] as const;
