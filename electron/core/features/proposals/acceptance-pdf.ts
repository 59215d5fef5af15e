import type { AcceptanceReport } from '../../../../shared/features/proposals';
import { dateSettingsOf, type Settings } from '../../../../shared/features/settings';
import type { Language } from '../../../../shared/i18n/messages';
import { formatDate } from '../../../../shared/kernel/dates';
import type { Block } from '../../documents/document';
import type { DocumentRenderer } from '../../documents/renderer';
import { ACCEPTANCE_MESSAGES } from './acceptance-messages';
import { acceptanceHeader, acceptanceLines } from './acceptance-table';

/** The acceptance report as an A4 PDF on the documents lane: the period, one table per grouping, the method. */
export function renderAcceptancePdf(
  documents: DocumentRenderer,
  report: AcceptanceReport,
  settings: Settings,
  language: Language,
  generatedOn: string,
): Promise<Buffer> {
  const text = ACCEPTANCE_MESSAGES[language];
  const dates = dateSettingsOf(settings, language);
  const day = (iso: string) => formatDate(iso, dates, 'long');
  const lines = acceptanceLines(report, settings.tiers.tiers, language);
  const columns = [
    { header: text.columns.key, weight: 3 },
    ...acceptanceHeader(language).map((header, i) => ({
      header,
      weight: i === 6 ? 2.2 : 1.1,
      align: 'right' as const,
    })),
  ];
  const section = (title: string, group: string): Block[] => {
    const rows = lines.filter((l) => l.group === group).map((l) => [l.label, ...l.cells]);
    return rows.length === 0
      ? []
      : [
          { kind: 'heading', text: title, level: 1 },
          { kind: 'table', columns, rows, dense: true },
        ];
  };
  const blocks: Block[] =
    report.totals.presented === 0
      ? [
          { kind: 'heading', text: text.title, level: 1 },
          { kind: 'paragraph', text: text.noData },
        ]
      : [
          ...section(text.sections.totals, text.groups.total),
          ...section(text.sections.byMonth, text.groups.month),
          ...section(text.sections.byGrade, text.groups.grade),
          ...section(text.sections.byTier, text.groups.tier),
          ...section(text.sections.byProduct, text.groups.product),
          { kind: 'paragraph', text: text.method, small: true, muted: true },
        ];
  return documents.render({
    language,
    branding: settings.branding,
    metadata: {
      title: text.title,
      subject: text.subject,
      creator: text.creator,
      createdAt: new Date(`${generatedOn}T00:00:00Z`),
    },
    header: { title: text.title, subtitle: text.period(day(report.from), day(report.to)) },
    footer: { left: text.generated(day(generatedOn)) },
    blocks,
  });
}
