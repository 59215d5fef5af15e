/** The proposals feature's channel names, bare (the preload's allow-list cannot load zod). */
export const PROPOSAL_CHANNELS = [
  'proposals.list',
  'proposals.get',
  'proposals.draft',
  'proposals.create',
  'proposals.update',
  'proposals.analyse',
  'proposals.present',
  'proposals.decide',
  'proposals.newVersion',
  'proposals.delete',
  'proposals.pdf',
  'proposals.report',
  'proposals.reportCsv',
  'proposals.reportPdf',
] as const;
