import type { ResolvedDeck, SeriesRef } from '../../../../../shared/features/briefings';
import { ASSET_CLASS_WORDS } from '../../../../../shared/features/products';
import type { Language } from '../../../../../shared/i18n/messages';
import { formatDate, type DateStyle } from '../../../../../shared/kernel/dates';
import { formatTwd } from '../../../../../shared/kernel/money';
import { DECK_PDF_MESSAGES, type DeckPdfMessages } from './messages';

/** What the deck's slides and charts are written with: the words and the number formats. */
export interface DeckWriter {
  language: Language;
  text: DeckPdfMessages;
  day(iso: string): string;
  shortDay(iso: string): string;
  /** 0.0712 → "7.1%"; null → "—". */
  percent(fraction: number | null, digits?: number): string;
  number(value: number, digits?: number): string;
  twd(amount: number): string;
  assetClass(id: string): string;
  seriesName(s: SeriesRef): string;
}

export const EMPTY = '—';

export function deckWriter(language: Language, dateStyle: DateStyle): DeckWriter {
  const dates = { style: dateStyle, language };
  return {
    language,
    text: DECK_PDF_MESSAGES[language],
    day: (iso) => formatDate(iso, dates, 'long'),
    shortDay: (iso) => formatDate(iso, dates, 'compact'),
    percent: (fraction, digits = 1) => (fraction === null ? EMPTY : `${(fraction * 100).toFixed(digits)}%`),
    number: (value, digits = 2) =>
      value.toLocaleString(language === 'en' ? 'en-US' : 'zh-TW', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
    twd: (amount) => formatTwd(amount, language),
    assetClass: (id) => ASSET_CLASS_WORDS[id as keyof typeof ASSET_CLASS_WORDS]?.[language] ?? id,
    seriesName: (s) => {
      if (!s.known) return DECK_PDF_MESSAGES[language].chart.unknown(s.code);
      const name = language === 'en' ? s.nameEn : s.nameZh;
      return s.sample ? `${name}（${DECK_PDF_MESSAGES[language].chart.sample}）` : name;
    },
  };
}

/** The slides that carry a chart, in order: the chart set draws one chart for each. */
export function chartSlideIndexes(deck: ResolvedDeck): number[] {
  return deck.slides.flatMap((s, i) =>
    s.data.kind === 'marketChart' || s.data.kind === 'allocation' || s.data.kind === 'clientPortfolio'
      ? [i]
      : [],
  );
}
