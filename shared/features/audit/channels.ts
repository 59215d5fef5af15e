/** The audit-trail feature's channel names, bare (the preload's allow-list cannot load zod). */
export const AUDIT_CHANNELS = [
  'audit.list',
  'audit.exportCsv',
  'audit.verifyChain',
  'audit.exportHead',
] as const;
