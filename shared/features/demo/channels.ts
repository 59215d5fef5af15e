/** The demo-data feature's channel names, bare (the preload's allow-list cannot load zod). */
export const DEMO_CHANNELS = ['demo.seed', 'demo.purge'] as const;
