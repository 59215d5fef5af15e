import type { AuditWords } from '../../ipc/define';

type Language = keyof AuditWords;

/** The holdings feature's validation and import messages, merged into shared/i18n's table. */
export const HOLDINGS_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-TW': {
    'validation.holdings.currency': '非商品架上的部位須填寫幣別',
    'import.holdings.kind': '類型應為「部位」或「現金」',
    'import.holdings.productUnknown': '商品代號不在商品架上',
    'import.holdings.cashAmount': '現金列須填寫金額',
    'import.holdings.cashDuplicate': '同一幣別與帳戶別的現金重複列出',
  },
  en: {
    'validation.holdings.currency': 'A position not on the shelf needs a currency',
    'import.holdings.kind': 'Type must be "position" or "cash"',
    'import.holdings.productUnknown': 'No product with this code on the shelf',
    'import.holdings.cashAmount': 'A cash row needs an amount',
    'import.holdings.cashDuplicate': 'Cash in this currency and account is listed twice',
  },
};
