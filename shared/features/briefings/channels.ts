/** The briefings feature's channel names, bare (the preload's allow-list cannot load zod). */
export const BRIEFING_CHANNELS = [
  'briefings.list',
  'briefings.get',
  'briefings.create',
  'briefings.save',
  'briefings.versions',
  'briefings.restore',
  'briefings.copy',
  'briefings.delete',
  'briefings.fromTemplate',
  'briefings.slides',
  'briefings.pdf',
  'briefings.addImage',
] as const;
