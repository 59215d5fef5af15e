/** The pipeline feature's channel names, bare (the preload's allow-list cannot load zod). */
export const PIPELINE_CHANNELS = ['pipeline.list', 'pipeline.move', 'pipeline.report'] as const;
