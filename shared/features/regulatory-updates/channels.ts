/** The regulatory-updates feature's channel names, bare (the preload's allow-list cannot load zod). */
export const REGULATORY_UPDATE_CHANNELS = [
  'regulatory.list',
  'regulatory.add',
  'regulatory.edit',
  'regulatory.attach',
  'regulatory.attachment',
  'regulatory.acknowledge',
  'regulatory.unread',
] as const;
