import { clientFieldLabel, type ClientFieldKey } from '../../../../../shared/features/clients';
import type { ProposalFacts } from '../../../../../shared/features/proposals/schema';
import type { Product } from '../../../../../shared/features/products';
import { ASSET_CLASS_WORDS, PRODUCT_TYPE_WORDS } from '../../../../../shared/features/products';
import { DEFAULT_TIME_ZONE, formatDate, type DateSettings } from '../../../../../shared/kernel/dates';
import { formatTwd } from '../../../../../shared/kernel/money';
import type { Language } from '../../../../../shared/i18n/messages';
import { DOCUMENT_MESSAGES, type DocumentMessages } from '../../../documents/messages';
import { DISCLOSURE_MESSAGES, type DisclosureMessages } from '../../../../../shared/features/products';
import { PROPOSAL_PDF_MESSAGES, type ProposalPdfMessages } from './messages';

/** What every section of the proposal PDF writes with: the facts, the words and the number formats. */
export interface ProposalWriter {
  facts: ProposalFacts;
  language: Language;
  text: ProposalPdfMessages;
  disclosure: DisclosureMessages;
  lane: DocumentMessages;
  dates: DateSettings;
  /** A calendar date in the long form ("民國 115 年 11 月 30 日" or ISO, by the facts' setting). */
  day(iso: string): string;
  /** A calendar date in the compact form, for tables. */
  shortDay(iso: string): string;
  /** 0.0712 → "7.1%" */
  percent(fraction: number, digits?: number): string;
  /** A fee already in percent: 1.5 → "1.5%". */
  percentValue(value: number): string;
  twd(amount: number): string;
  assetClass(id: string): string;
  productName(product: Product): string;
  productType(product: Product): string;
  /** A client field's label, from the clients' field registry (身分證字號, 理財顧問…). */
  field(key: ClientFieldKey): string;
  /** A key-value block's label column: its zh-TW and English widths, wider in large type. */
  labelWidth(zh: number, en: number): number;
}

/** Large type's labels are 12.5 pt against 8.5 pt: their column grows with them. */
const LARGE_LABELS = 1.45;

export function proposalWriter(facts: ProposalFacts, language: Language): ProposalWriter {
  const dates: DateSettings = {
    style: facts.dateFormat ?? 'iso',
    language,
    timeZone: facts.timeZone ?? DEFAULT_TIME_ZONE,
  };
  return {
    facts,
    language,
    text: PROPOSAL_PDF_MESSAGES[language],
    disclosure: DISCLOSURE_MESSAGES[language],
    lane: DOCUMENT_MESSAGES[language],
    dates,
    day: (iso) => formatDate(iso, dates, 'long'),
    shortDay: (iso) => formatDate(iso, dates, 'compact'),
    percent: (fraction, digits = 1) => `${(fraction * 100).toFixed(digits)}%`,
    percentValue: (value) => `${Number(value.toFixed(4))}%`,
    twd: (amount) => formatTwd(amount, language),
    assetClass: (id) => ASSET_CLASS_WORDS[id as keyof typeof ASSET_CLASS_WORDS]?.[language] ?? id,
    productName: (product) => (language === 'en' ? (product.nameEn ?? product.nameZh) : product.nameZh),
    productType: (product) => PRODUCT_TYPE_WORDS[product.type][language],
    field: (key) => clientFieldLabel(key, language),
    labelWidth: (zh, en) => (language === 'en' ? en : zh) * (facts.largeType ? LARGE_LABELS : 1),
  };
}
