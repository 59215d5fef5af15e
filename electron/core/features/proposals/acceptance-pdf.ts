import { createElement } from 'react';
import { ComparisonBarChart } from '../../../../shared/charts/ComparisonBarChart';
import type { AcceptanceReport } from '../../../../shared/features/proposals';
import { dateSettingsOf, type Settings } from '../../../../shared/features/settings';
import type { Language } from '../../../../shared/i18n/messages';
import { formatDate } from '../../../../shared/kernel/dates';
import { formatTwd } from '../../../../shared/kernel/money';
import type { Block } from '../../documents/document';
import type { ChartSet } from '../../documents/chart-set';
import type { DocumentRenderer } from '../../documents/renderer';
import { ACCEPTANCE_MESSAGES } from './acceptance-messages';
import { acceptanceHeader, acceptanceLines } from './acceptance-table';

/** The acceptance report as an A4 PDF on the documents lane: the period, one table per grouping, the method. */
const CHART = { width: 480, height: 200 } as const;

interface AcceptanceChartInput {
  report: AcceptanceReport;
  language: Language;
}

/** Acceptance rate by month as bars (the shared chart the screens draw), labelled with the rate. */
export const acceptanceChartSet: ChartSet<AcceptanceChartInput> = {
  name: 'acceptance',
  charts: ({ report, language }) => {
    const text = ACCEPTANCE_MESSAGES[language];
    return [
      createElement(ComparisonBarChart, {
        rows: report.byMonth.map((row) => ({
          key: row.key,
          label: row.key,
          current: null,
          proposed: row.acceptanceRate ?? 0,
          currentText: '',
          proposedText: row.acceptanceRate === null ? '—' : `${(row.acceptanceRate * 100).toFixed(1)}%`,
        })),
        seriesLabels: { current: '', proposed: text.columns.rate },
        formatTick: (value: number) => `${Math.round(value * 100)}%`,
        ...CHART,
        emptyText: text.noData,
        title: text.chartTitle,
        labelWidth: 70,
      }),
    ];
  },
};

export async function renderAcceptancePdf(
  documents: DocumentRenderer,
  report: AcceptanceReport,
  settings: Settings,
  language: Language,
  generatedOn: string,
): Promise<Buffer> {
  const chart =
    report.totals.presented === 0
      ? null
      : await documents.charts(acceptanceChartSet, { report, language }).chart(0);
  const text = ACCEPTANCE_MESSAGES[language];
  const dates = dateSettingsOf(settings, language);
  const day = (iso: string) => formatDate(iso, dates, 'long');
  const lines = acceptanceLines(report, settings.tiers.tiers, language, (amount) =>
    formatTwd(amount, language),
  );
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
          ...(chart ? [{ kind: 'svg' as const, svg: chart, ...CHART, align: 'center' as const }] : []),
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
