/** The goals feature's channel names, bare (the preload's allow-list cannot load zod). */
export const GOAL_CHANNELS = ['goals.list', 'goals.create', 'goals.update', 'goals.delete'] as const;
