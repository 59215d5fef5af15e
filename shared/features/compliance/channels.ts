/** The compliance feature's channel names, bare (the preload's allow-list cannot load zod). */
export const COMPLIANCE_CHANNELS = [
  'complaints.list',
  'complaints.add',
  'complaints.reply',
  'complaints.close',
  'privacy.requests',
  'privacy.addRequest',
  'privacy.closeRequest',
  'privacy.extendRequest',
  'privacy.copyPackage',
  'privacy.deleteClient',
  'compliance.flags',
  'compliance.reviewFlag',
  'compliance.dashboard',
] as const;
