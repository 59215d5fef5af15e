/** The KYC feature's channel names, bare (the preload's allow-list cannot load zod). */
export const KYC_CHANNELS = [
  'kyc.questionnaires',
  'kyc.questionnaire',
  'kyc.importQuestionnaire',
  'kyc.take',
  'kyc.confirm',
  'kyc.clearReview',
  'kyc.history',
  'kyc.profile',
  'kyc.duePending',
  'kyc.formPdf',
] as const;
