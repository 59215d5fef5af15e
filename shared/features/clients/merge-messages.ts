/**
 * Validation messages of archiving and merging dossiers and of the national ID a prospect may lack
 * (book.ts), in both languages: shared/i18n/messages.ts spreads them.
 */
export const CLIENT_MERGE_MESSAGES = {
  'zh-TW': {
    'validation.nationalId.required': '除潛在客戶外，客戶須填寫身分證字號',
    'validation.mergeSame': '不能將客戶併入自己',
    'validation.merge.twoNationalIds': '兩份資料都有身分證字號，是兩位不同的人，不能合併',
    'validation.merge.tooManyTags': '合併後標籤超過 20 個，請先移除部分標籤',
    'validation.merge.notesTooLong': '合併後備註超過 4000 字，請先精簡備註',
    'validation.merge.deleted': '已刪除的客戶不能合併',
  },
  en: {
    'validation.nationalId.required': 'A national ID is required unless the client is a prospect',
    'validation.mergeSame': 'A client cannot be merged into itself',
    'validation.merge.twoNationalIds':
      'Both dossiers have a national ID: they are two people and cannot be merged',
    'validation.merge.tooManyTags': 'The merged dossier would have more than 20 tags: remove some first',
    'validation.merge.notesTooLong': 'The merged notes would exceed 4,000 characters: shorten them first',
    'validation.merge.deleted': 'A deleted client cannot be merged',
  },
} as const;
