import { CLIENT_LABELS, CLIENT_STATUSES } from '../clients';
import type { Tier } from '../tiers/settings';
import type { Language } from '../../i18n/messages';
import type { BookClientRow, BookReport, BookTierLine } from './schema';
import { BOOK_MESSAGES } from './words';

/** The report's cells, the same on the screen, in the PDF, the CSV and the Excel file. */

/** How the cells are written: the firm's date style and money in the reader's language. */
export interface BookFormats {
  date(isoDate: string): string;
  twd(amount: number): string;
}

export function tierName(key: string | null, tiers: readonly Tier[], language: Language): string {
  return tiers.find((t) => t.key === key)?.name[language] ?? BOOK_MESSAGES[language].noTier;
}

export function tierHeader(language: Language): string[] {
  const { before, after } = BOOK_MESSAGES[language].tierColumns;
  return [...before, ...CLIENT_STATUSES.map((s) => CLIENT_LABELS[language].status[s]), ...after];
}

export function tierCells(line: BookTierLine, name: string, f: BookFormats): string[] {
  return [
    name,
    String(line.clients),
    ...CLIENT_STATUSES.map((s) => String(line.byStatus[s])),
    f.twd(line.assetsTwd),
    String(line.contacts),
    String(line.visits),
    String(line.planMet),
    String(line.planMissed),
  ];
}

/** One client's line, in the order of `clientColumns`. */
export function clientCells(
  row: BookClientRow,
  tiers: readonly Tier[],
  language: Language,
  f: BookFormats,
): string[] {
  const text = BOOK_MESSAGES[language];
  const none = text.overview.none;
  return [
    row.name,
    row.tierKey === null ? text.noTier : tierName(row.tierKey, tiers, language),
    CLIENT_LABELS[language].status[row.status],
    f.twd(row.assetsTwd),
    String(row.contacts),
    String(row.visits),
    row.contactsRequired === null ? none : String(row.contactsRequired),
    row.planMet === null ? text.noPlan : row.planMet ? text.planMet : text.planMissed,
    row.lastContact === null ? none : f.date(row.lastContact),
    row.satisfaction === null ? none : row.satisfaction.toFixed(1),
    String(row.openFollowUps),
    String(row.overdueFollowUps),
    String(row.openEscalations),
  ];
}

/** Each tier's share of followed clients whose plan was met (tiers with no plan left out). */
export function planRates(
  report: BookReport,
  tiers: readonly Tier[],
  language: Language,
): { key: string; label: string; rate: number }[] {
  return report.byTier.flatMap((line) => {
    const followed = line.planMet + line.planMissed;
    return followed === 0
      ? []
      : [
          {
            key: line.tierKey ?? '-',
            label: tierName(line.tierKey, tiers, language),
            rate: line.planMet / followed,
          },
        ];
  });
}
