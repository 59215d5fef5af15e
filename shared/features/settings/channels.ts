/** The settings feature's channel names, bare (the preload's allow-list cannot load zod). */
export const SETTINGS_CHANNELS = ['settings.get', 'settings.update'] as const;
