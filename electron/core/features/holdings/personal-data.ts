import { CUSTODIAN_WORDS } from '../../../../shared/features/holdings';
import type { Language } from '../../../../shared/i18n/messages';
import { NO_VALUE, type PersonalDataSource, type PersonalDataWords } from '../../kernel/personal-data';
import type { HoldingsService } from './service';

/** The headers follow the holdings file's columns (docs/holdings-format.md) where they are the same. */
export const HOLDINGS_DATA_WORDS: Readonly<Record<Language, PersonalDataWords & { cash: string }>> = {
  'zh-TW': {
    title: '持有部位與現金',
    file: '持有部位',
    header: ['名稱', '商品代號', '帳戶別', '數量', '價格', '價格日期', '市值', '新臺幣市值'],
    cash: '現金',
  },
  en: {
    title: 'Holdings and cash',
    file: 'holdings',
    header: ['Name', 'Product code', 'Account', 'Quantity', 'Price', 'Price date', 'Market value', 'In TWD'],
    cash: 'Cash',
  },
};

/** The client's positions and cash, valued at the firm's rates (the JSON holds the valuation). */
export function holdingsPersonalData(holdings: HoldingsService): PersonalDataSource {
  return {
    key: 'holdings',
    words: HOLDINGS_DATA_WORDS,
    read({ clientId, formats: f }) {
      // The client's own figures as held, to the unit (a NAV of 10.37 is not NT$10): not in 萬.
      const exact = (amount: number, currency: string) => `${currency} ${f.number(amount)}`;
      const valuation = holdings.valuationOf(clientId);
      const rows = [
        ...valuation.positions.map((p) => [
          p.name,
          p.productCode ?? NO_VALUE,
          f.words(CUSTODIAN_WORDS[p.custodian]),
          f.number(p.quantity),
          exact(p.price, p.currency),
          f.date(p.priceDate),
          exact(p.marketValue, p.currency),
          f.twd(p.marketValueTwd),
        ]),
        ...valuation.cash.map((c) => [
          `${HOLDINGS_DATA_WORDS[f.language].cash} ${c.currency}`,
          NO_VALUE,
          f.words(CUSTODIAN_WORDS[c.custodian]),
          NO_VALUE,
          NO_VALUE,
          NO_VALUE,
          exact(c.amount, c.currency),
          f.twd(c.amountTwd),
        ]),
      ];
      return { rows, value: valuation };
    },
  };
}
