import { GRADE_WORDS, type GradeScale } from '../../../../shared/features/kyc';
import type { AcceptanceReport, AcceptanceRow } from '../../../../shared/features/proposals';
import type { Tier } from '../../../../shared/features/tiers';
import type { Language } from '../../../../shared/i18n/messages';
import { writeCsv } from '../../io/csv/write';
import { ACCEPTANCE_MESSAGES } from './acceptance-messages';

/** A report row in words: the group's label and each figure as text (shared by the CSV and the PDF). */
export interface AcceptanceLine {
  group: string;
  label: string;
  cells: string[];
}

function gradeWords(key: string, language: Language): string {
  if (key === 'none') return ACCEPTANCE_MESSAGES[language].noGrade;
  const [scale, level] = key.split('.');
  return GRADE_WORDS[scale as GradeScale]?.[Number(level) - 1]?.[language] ?? key;
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** Whole TWD as a number (the CSV); the PDF writes it for a reader. */
const plainTwd = (amount: number) => String(Math.round(amount));

function cells(row: AcceptanceRow, money: (amount: number) => string): string[] {
  return [
    String(row.presented),
    String(row.accepted),
    String(row.partlyAccepted),
    String(row.declined),
    String(row.expired),
    percent(row.acceptanceRate),
    money(row.aumAddedTwd),
  ];
}

/** Every row of the report in order: the total, then by month, grade, tier and product. */
export function acceptanceLines(
  report: AcceptanceReport,
  tiers: readonly Tier[],
  language: Language,
  money: (amount: number) => string = plainTwd,
): AcceptanceLine[] {
  const text = ACCEPTANCE_MESSAGES[language];
  const tierName = (key: string) => tiers.find((t) => t.key === key)?.name[language] ?? key;
  return [
    { group: text.groups.total, label: text.total, cells: cells(report.totals, money) },
    ...report.byMonth.map((r) => ({ group: text.groups.month, label: r.key, cells: cells(r, money) })),
    ...report.byGrade.map((r) => ({
      group: text.groups.grade,
      label: gradeWords(r.key, language),
      cells: cells(r, money),
    })),
    ...report.byTier.map((r) => ({
      group: text.groups.tier,
      label: tierName(r.key),
      cells: cells(r, money),
    })),
    ...report.byProduct.map((r) => ({
      group: text.groups.product,
      label: r.productName,
      cells: cells(r, money),
    })),
  ];
}

export function acceptanceHeader(language: Language): string[] {
  const c = ACCEPTANCE_MESSAGES[language].columns;
  return [c.presented, c.accepted, c.partlyAccepted, c.declined, c.expired, c.rate, c.aum];
}

/** The report as CSV (one table: group, item, figures), through the shared writer. */
export function acceptanceCsv(report: AcceptanceReport, tiers: readonly Tier[], language: Language): string {
  const c = ACCEPTANCE_MESSAGES[language].columns;
  return writeCsv(
    [c.group, c.key, ...acceptanceHeader(language)],
    acceptanceLines(report, tiers, language).map((line) => [line.group, line.label, ...line.cells]),
  );
}
