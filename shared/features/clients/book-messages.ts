import type { Language } from '../../i18n/messages';
import { MAX_BULK_CLIENTS } from './book';

/** Validation words of the client book's bulk actions and merge (merged into shared/i18n/messages.ts). */
export const CLIENT_BOOK_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-TW': {
    'validation.tooMany': `一次最多 ${MAX_BULK_CLIENTS.toLocaleString('en')} 位客戶`,
    'validation.duplicate': '同一位客戶不可重複選取',
    'validation.mergeSame': '不能將客戶資料併入自己',
    'validation.clientGone': '選取的客戶中有已刪除或不存在者，請重新整理清單後再試',
  },
  en: {
    'validation.tooMany': `At most ${MAX_BULK_CLIENTS.toLocaleString('en')} clients at a time`,
    'validation.duplicate': 'The same client is selected twice',
    'validation.mergeSame': 'A dossier cannot be merged into itself',
    'validation.clientGone': 'A selected client was deleted or is not on file; reload the list and try again',
  },
};
