import type { Language } from '../../i18n/messages';
import { MAX_CLIENT_TAGS } from './schema';

/** Validation messages of the client list's selection and bulk changes; shared/i18n/messages.ts spreads them in. */
export const CLIENT_LIST_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-TW': {
    'validation.tooMany': '項目過多',
    'validation.duplicate': '同一項目重複出現',
    'validation.tooManyTags': `每位客戶最多 ${MAX_CLIENT_TAGS} 個標籤，部分選取的客戶已達上限`,
  },
  en: {
    'validation.tooMany': 'Too many items',
    'validation.duplicate': 'An item appears twice',
    'validation.tooManyTags': `A client may have at most ${MAX_CLIENT_TAGS} tags; some selected clients have that many already`,
  },
};
