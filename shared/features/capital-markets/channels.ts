/** The capital-market assumptions' channel names, bare (the preload's allow-list cannot load zod). */
export const ASSUMPTIONS_CHANNELS = [
  'assumptions.list',
  'assumptions.get',
  'assumptions.import',
  'assumptions.activate',
] as const;
