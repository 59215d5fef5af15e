import type { Language } from '../../i18n/messages';
import { DISCLOSURE_MESSAGES, productRiskStatements } from '../products';
import type { DisclosureFacts } from './schema';

/**
 * The disclosure slide appended to every deck (not an editable slide), written from what the deck
 * shows: the general warnings, each product's risks (the shelf's statements, the proposal PDF's
 * own wording), and the source and date of every series. Pure, so the presentation, the editor's
 * preview and the PDF show the same words.
 */

export interface DisclosureSlide {
  heading: string;
  general: string[];
  products: { heading: string; maxLoss: string | null; statements: string[] }[];
  sourcesHeading: string;
  /** One line per series: name, source, last date, 範例資料 for sample data. */
  sources: string[];
  firmDisclaimer: string | null;
}

const WORDS = {
  'zh-TW': {
    heading: '重要揭露事項',
    sourcesHeading: '資料來源與日期',
    general: '本簡報內容僅供參考，不構成任何投資建議或要約；投資前請詳閱各商品之公開說明書或產品說明書。',
    source: (name: string, source: string, date: string) => `${name}：${source}，資料截至 ${date}`,
    noDepositInsurance: '本簡報所介紹之投資商品均非存款，不受存款保險之保障。',
    sample: '（範例資料，非實際價格）',
    noData: '無資料',
  },
  en: {
    heading: 'Important disclosures',
    sourcesHeading: 'Data sources and dates',
    general:
      'This presentation is for information only and is neither investment advice nor an offer; read each product’s prospectus or product statement before investing.',
    source: (name: string, source: string, date: string) => `${name}: ${source}, data to ${date}`,
    noDepositInsurance:
      'The investment products in this presentation are not deposits and are not covered by deposit insurance.',
    sample: ' (sample data, not real prices)',
    noData: 'no data',
  },
} as const;

/** `day` writes a date in the firm's style (useFormats / the core's formats). */
export function disclosureSlide(
  facts: DisclosureFacts,
  language: Language,
  day: (isoDate: string) => string,
): DisclosureSlide {
  const d = DISCLOSURE_MESSAGES[language];
  const w = WORDS[language];
  const name = (zh: string, en: string | null) => (language === 'en' && en ? en : zh);
  return {
    heading: w.heading,
    general: [w.general, ...d.general.slice(0, 1), d.pastPerformance, w.noDepositInsurance],
    products: facts.products.map((product) => ({
      heading: d.productHeading(name(product.nameZh, product.nameEn), product.code),
      ...productRiskStatements(product, d),
    })),
    sourcesHeading: w.sourcesHeading,
    // A code the catalogue does not know has no source to name: it says there is no data.
    sources: facts.series.map((s) =>
      s.known
        ? w.source(name(s.nameZh, s.nameEn), s.source, s.lastDate ? day(s.lastDate) : w.noData) +
          (s.sample ? w.sample : '')
        : `${s.code}${language === 'en' ? ': ' : '：'}${w.noData}`,
    ),
    firmDisclaimer: facts.firmDisclaimer,
  };
}
