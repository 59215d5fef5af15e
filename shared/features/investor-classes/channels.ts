/** The investor-class feature's channel names, bare (the preload's allow-list cannot load zod). */
export const INVESTOR_CLASS_CHANNELS = [
  'classes.list',
  'classes.current',
  'classes.apply',
  'classes.addEvidence',
  'classes.activate',
  'classes.revert',
] as const;
