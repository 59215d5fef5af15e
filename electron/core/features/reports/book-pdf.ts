import { createElement } from 'react';
import { ComparisonBarChart } from '../../../../shared/charts/ComparisonBarChart';
import {
  BOOK_MESSAGES,
  clientCells,
  planRates,
  tierCells,
  tierHeader,
  tierName,
  type BookFormats,
  type BookReport,
} from '../../../../shared/features/reports';
import type { Settings } from '../../../../shared/features/settings';
import type { Language } from '../../../../shared/i18n/messages';
import type { ChartSet } from '../../documents/chart-set';
import type { Block } from '../../documents/document';
import type { DocumentRenderer } from '../../documents/renderer';

/** The relationship report as an A4 PDF on the documents lane. */
const CHART = { width: 480, height: 180 } as const;

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Which of the client columns the PDF shows: index, width weight, alignment. */
const PDF_CLIENT_COLUMNS: readonly [number, number, 'left' | 'right'][] = [
  [0, 1.5, 'left'], // client
  [1, 0.9, 'left'], // tier
  [2, 0.9, 'left'], // status
  [3, 1.7, 'right'], // assets
  [4, 0.8, 'right'], // contacts
  [6, 0.8, 'right'], // contacts required
  [8, 1.4, 'left'], // last contact
  [9, 0.8, 'right'], // satisfaction
  [12, 0.8, 'right'], // unresolved escalations
];

interface BookChartInput {
  rows: { key: string; label: string; rate: number }[];
  language: Language;
}

/** The share of clients whose service plan was met, per tier: the shared bars the screen draws. */
export const bookChartSet: ChartSet<BookChartInput> = {
  name: 'book',
  charts: ({ rows, language }) => {
    const text = BOOK_MESSAGES[language];
    return [
      createElement(ComparisonBarChart, {
        rows: rows.map((row) => ({
          key: row.key,
          label: row.label,
          current: null,
          proposed: row.rate,
          currentText: '',
          proposedText: percent(row.rate),
        })),
        seriesLabels: { current: '', proposed: text.rate },
        formatTick: percent,
        ...CHART,
        emptyText: text.noData,
        title: text.chartTitle,
        labelWidth: 80,
        domain: [0, 1],
      }),
    ];
  },
};

export async function renderBookPdf(
  documents: DocumentRenderer,
  input: {
    report: BookReport;
    settings: Settings;
    language: Language;
    generatedOn: string;
    clientName: string | null;
  },
  f: BookFormats,
): Promise<Buffer> {
  const { report, settings, language, generatedOn, clientName } = input;
  const text = BOOK_MESSAGES[language];
  const tiers = settings.tiers.tiers;
  const rates = planRates(report, tiers, language);
  const chart =
    rates.length === 0 ? null : documents.charts(bookChartSet, { rows: rates, language }).chart(0);
  const none = text.overview.none;
  const o = text.overview;
  const overview = [
    { label: o.clients, value: String(report.totals.clients) },
    { label: o.assetsNow, value: f.twd(report.assets.now) },
    {
      label: o.assetsStart,
      value:
        report.assets.atStart === null || report.assets.startOn === null
          ? o.noSnapshot
          : `${f.twd(report.assets.atStart)}（${f.date(report.assets.startOn)}）`,
    },
    ...(report.accounts
      ? [{ label: o.accounts, value: `${report.accounts.opened} / ${report.accounts.target}` }]
      : []),
    {
      label: o.satisfaction,
      value: report.satisfaction.average === null ? none : report.satisfaction.average.toFixed(1),
    },
    { label: o.followUps, value: `${report.followUps.open}（${report.followUps.overdue}）` },
    { label: o.escalations, value: `${report.escalations.open}（${report.escalations.overdue}）` },
  ];
  const tierColumns = tierHeader(language).map((header, i) => ({
    header,
    // The tier's name, 潛在客戶 (four characters: one line) and the assets are the wide ones.
    weight: i === 0 ? 1.4 : i === 2 ? 1.35 : i === 6 ? 1.8 : 1,
    align: i === 0 ? ('left' as const) : ('right' as const),
  }));
  // The PDF's page is narrower than a sheet: the columns a reader acts on (the CSV has them all).
  const clientColumns = PDF_CLIENT_COLUMNS.map(([index, weight, align]) => ({
    header: text.clientColumns[index]!,
    weight,
    align,
  }));
  const missed = report.clients.filter((row) => row.planMet === false);
  const clientRows = (rows: typeof report.clients) =>
    rows.map((row) => {
      const cells = clientCells(row, tiers, language, f);
      return PDF_CLIENT_COLUMNS.map(([index]) => cells[index]!);
    });
  const blocks: Block[] = [
    { kind: 'heading', text: text.sections.overview, level: 1 },
    { kind: 'keyValues', items: overview, labelWidth: 130 },
    { kind: 'heading', text: text.sections.byTier, level: 1 },
    {
      kind: 'table',
      columns: tierColumns,
      rows: [
        ...report.byTier.map((line) => tierCells(line, tierName(line.tierKey, tiers, language), f)),
        tierCells(report.totals, text.total, f),
      ],
      dense: true,
    },
    ...(chart ? [{ kind: 'svg' as const, svg: chart, ...CHART, align: 'center' as const }] : []),
    { kind: 'heading', text: text.sections.satisfaction, level: 1 },
    {
      kind: 'table',
      columns: text.scoreColumns.map((header) => ({ header, weight: 1, align: 'right' as const })),
      rows: report.satisfaction.byScore.map((count, i) => [String(i + 1), String(count)]),
      dense: true,
    },
    ...(report.clientId === null
      ? missed.length === 0
        ? []
        : ([
            { kind: 'heading', text: text.sections.missed, level: 1 },
            { kind: 'table', columns: clientColumns, rows: clientRows(missed), dense: true },
          ] as Block[])
      : ([
          { kind: 'heading', text: text.sections.clients, level: 1 },
          { kind: 'table', columns: clientColumns, rows: clientRows(report.clients), dense: true },
        ] as Block[])),
    { kind: 'heading', text: text.sections.method, level: 2 },
    { kind: 'paragraph', text: text.method, small: true, muted: true },
  ];
  const title = clientName === null ? text.title : text.clientTitle(clientName);
  return documents.render({
    language,
    branding: settings.branding,
    metadata: {
      title,
      subject: text.subject,
      creator: text.creator,
      createdAt: new Date(`${generatedOn}T00:00:00Z`),
    },
    header: { title, subtitle: text.period(f.date(report.from), f.date(report.to)) },
    footer: { left: text.generated(f.date(generatedOn)) },
    blocks,
  });
}
