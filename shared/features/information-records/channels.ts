/** The information-records feature's channel names, bare (the preload's allow-list cannot load zod). */
export const INFORMATION_RECORD_CHANNELS = [
  'information.add',
  'information.list',
  'information.report',
  'information.reportCsv',
] as const;
