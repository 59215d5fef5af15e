import { nationalIdOnDocument } from '../../../../../shared/features/clients';
import { GOAL_KIND_WORDS, GOAL_PRIORITY_WORDS } from '../../../../../shared/features/goals';
import { INVESTOR_CLASS_WORDS } from '../../../../../shared/features/investor-classes';
import { gradeLabel } from '../../../../../shared/features/kyc';
import type { AllocationSlice, PortfolioFigures } from '../../../../../shared/features/proposals/schema';
import type { Block, SvgBlock } from '../../../documents/document';
import type { KeyValue } from '../../../documents/key-values';
import type { ProposalWriter } from './format';

/**
 * The sections about the client and the numbers: summary, client profile, goals, allocation,
 * figures, Monte Carlo and stress tests. Charts come in drawn (SVG blocks), keyed by what they show.
 */

export type ChartKey = 'summaryDonut' | 'allocation' | 'frontier' | 'riskContribution' | 'fan' | 'stress';
export type ChartBlocks = Partial<Record<ChartKey, SvgBlock>>;

function chart(charts: ChartBlocks, key: ChartKey): Block[] {
  const block = charts[key];
  return block ? [block] : [];
}

/** Years of the fan shown as table rows: every fifth year, and the last. */
function fanYears(years: readonly number[]): number[] {
  const last = years.at(-1) ?? 0;
  return years.filter((year) => year % 5 === 0 || year === last);
}

function goalProbabilityRows(w: ProposalWriter): string[][] {
  return w.facts.analysis.monteCarlo.goals.map((goal) => [
    goal.name,
    w.shortDay(goal.targetDate),
    w.twd(goal.amountTwd),
    w.percent(goal.probability, 0),
  ]);
}

function goalProbabilityTable(w: ProposalWriter): Block {
  const c = w.text.columns;
  return {
    kind: 'table',
    columns: [
      { header: c.goal, weight: 3 },
      { header: c.targetDate, weight: 2 },
      { header: c.amount, weight: 2, align: 'right' },
      { header: c.probability, weight: 1.5, align: 'right' },
    ],
    rows: goalProbabilityRows(w),
  };
}

function headlineFigures(w: ProposalWriter, figures: PortfolioFigures): KeyValue[] {
  const l = w.text.labels;
  return [
    { label: l.expectedReturn, value: w.percent(figures.expectedReturn) },
    { label: l.volatility, value: w.percent(figures.volatility) },
    { label: l.var95, value: w.text.withNote(w.percent(figures.var95), w.twd(figures.var95Twd)) },
    { label: l.maxDrawdownMedian, value: w.percent(figures.maxDrawdownMedian) },
  ];
}

export function summarySection(w: ProposalWriter, charts: ChartBlocks): Block[] {
  const { facts, text } = w;
  const { analysis, content } = facts;
  const l = text.labels;
  const blocks: Block[] = [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: text.sections.summary },
    {
      kind: 'keyValues',
      columns: 1,
      labelWidth: w.labelWidth(118, 150),
      items: [
        { label: l.investable, value: w.twd(analysis.investableTwd) },
        { label: l.horizonLabel, value: l.horizon(content.horizonYears) },
        ...headlineFigures(w, analysis.figures.proposed),
      ],
    },
    { kind: 'heading', level: 2, text: text.charts.proposedAllocation },
    ...chart(charts, 'summaryDonut'),
  ];
  if (analysis.monteCarlo.goals.length > 0)
    blocks.push({ kind: 'heading', level: 2, text: l.goalProbabilities }, goalProbabilityTable(w));
  if (content.commentary.keyActions.length > 0)
    blocks.push(
      { kind: 'heading', level: 2, text: l.keyActions },
      ...content.commentary.keyActions.map((action) => ({
        kind: 'paragraph' as const,
        text: `• ${action}`,
        maxLines: 2,
      })),
    );
  blocks.push(
    { kind: 'heading', level: 2, text: l.advisorSummary },
    { kind: 'paragraph', text: content.commentary.summary ?? l.noSummary, fitPage: { ellipsis: '…' } },
    { kind: 'pageBreak' },
  );
  return blocks;
}

export function clientSection(w: ProposalWriter): Block[] {
  const { facts, text, language, lane } = w;
  const l = text.labels;
  const { client, kyc } = facts;
  const birth = client.birthDate
    ? `${w.day(client.birthDate)}${client.age === null ? '' : l.age(client.age)}`
    : lane.empty;
  const items: KeyValue[] = [
    { label: l.name, value: client.name },
    { label: w.field('nationalId'), value: nationalIdOnDocument(client.nationalIdMasked, language) },
    { label: w.field('birthDate'), value: birth },
    { label: l.investorClass, value: INVESTOR_CLASS_WORDS[client.investorClass][language] },
    { label: l.grade, value: kyc ? gradeLabel(kyc.grade, language) : l.noKyc },
  ];
  if (kyc)
    items.push(
      { label: l.assessedOn, value: w.day(kyc.assessedOn) },
      { label: l.validUntil, value: w.day(kyc.validUntil) },
    );
  items.push({
    label: l.suitability,
    value: facts.suitability.findings.map((f) => f.message[language]).join(text.listSeparator) || lane.empty,
    wide: true,
    maxLines: 4,
  });
  return [
    { kind: 'heading', level: 1, text: text.sections.client },
    { kind: 'keyValues', columns: 1, labelWidth: w.labelWidth(90, 110), items },
    ...(facts.content.commentary.rationale
      ? [
          { kind: 'heading' as const, level: 2 as const, text: l.rationale },
          { kind: 'paragraph' as const, text: facts.content.commentary.rationale },
        ]
      : []),
  ];
}

export function goalsSection(w: ProposalWriter): Block[] {
  const { facts, text, language } = w;
  const c = text.columns;
  const heading: Block = { kind: 'heading', level: 1, text: text.sections.goals };
  if (facts.content.goals.length === 0) return [heading, { kind: 'paragraph', text: text.noGoals }];
  const probability = new Map(facts.analysis.monteCarlo.goals.map((g) => [g.index, g.probability]));
  return [
    heading,
    {
      kind: 'table',
      columns: [
        { header: c.goal, weight: 3 },
        { header: c.kind, weight: 2 },
        { header: c.targetDate, weight: 2 },
        { header: c.amount, weight: 2, align: 'right' },
        { header: c.priority, weight: 1.4 },
        { header: c.probability, weight: 1.4, align: 'right' },
      ],
      rows: facts.content.goals.map((goal, index) => {
        const chance = probability.get(index);
        return [
          goal.name,
          GOAL_KIND_WORDS[goal.kind][language],
          w.shortDay(goal.targetDate),
          w.twd(goal.amountTwd),
          GOAL_PRIORITY_WORDS[goal.priority][language],
          chance === undefined ? w.lane.empty : w.percent(chance, 0),
        ];
      }),
    },
  ];
}

/** Current against proposed, one row per key either side holds, largest proposed share first. */
function comparisonRows(
  w: ProposalWriter,
  current: readonly AllocationSlice[] | null,
  proposed: readonly AllocationSlice[],
  label: (key: string) => string,
): string[][] {
  const before = new Map((current ?? []).map((s) => [s.key, s.weight]));
  const after = new Map(proposed.map((s) => [s.key, s.weight]));
  const keys = [...new Set([...after.keys(), ...before.keys()])].sort(
    (a, b) => (after.get(b) ?? 0) - (after.get(a) ?? 0),
  );
  return keys.map((key) => {
    const was = before.get(key) ?? 0;
    const will = after.get(key) ?? 0;
    const change = will - was;
    return [
      label(key),
      current ? w.percent(was) : w.lane.empty,
      w.percent(will),
      current ? `${change > 0 ? '+' : ''}${w.percent(change)}` : w.lane.empty,
    ];
  });
}

function comparisonTable(w: ProposalWriter, first: string, rows: string[][]): Block {
  const c = w.text.columns;
  return {
    kind: 'table',
    columns: [
      { header: first, weight: 3 },
      { header: c.current, weight: 1.5, align: 'right' },
      { header: c.proposed, weight: 1.5, align: 'right' },
      { header: c.change, weight: 1.5, align: 'right' },
    ],
    rows,
  };
}

export function allocationSection(w: ProposalWriter, charts: ChartBlocks): Block[] {
  const { analysis } = w.facts;
  const { text } = w;
  const { current, proposed } = analysis;
  const c = text.columns;
  return [
    { kind: 'heading', level: 1, text: text.sections.allocation },
    ...(current ? [] : [{ kind: 'paragraph' as const, text: text.noCurrent, muted: true }]),
    ...chart(charts, 'allocation'),
    comparisonTable(
      w,
      c.assetClass,
      comparisonRows(w, current?.byAssetClass ?? null, proposed.byAssetClass, w.assetClass),
    ),
    { kind: 'heading', level: 2, text: c.currency },
    comparisonTable(
      w,
      c.currency,
      comparisonRows(w, current?.byCurrency ?? null, proposed.byCurrency, (k) => k),
    ),
    { kind: 'heading', level: 2, text: c.riskRating },
    comparisonTable(
      w,
      c.riskRating,
      comparisonRows(w, current?.byRiskRating ?? null, proposed.byRiskRating, (k) => k),
    ),
    {
      kind: 'paragraph',
      small: true,
      muted: true,
      text: text.labels.fxAsOf(w.day(w.facts.holdings.fxAsOf)),
    },
  ];
}

export function figuresSection(w: ProposalWriter, charts: ChartBlocks): Block[] {
  const { text } = w;
  const { figures } = w.facts.analysis;
  const l = text.labels;
  const c = text.columns;
  const rows: [string, (f: PortfolioFigures) => string][] = [
    [l.expectedReturn, (f) => w.percent(f.expectedReturn)],
    [l.volatility, (f) => w.percent(f.volatility)],
    [l.sharpe, (f) => f.sharpe.toFixed(2)],
    [l.var95, (f) => `${w.percent(f.var95)}\n${w.twd(f.var95Twd)}`],
    [l.cvar95, (f) => `${w.percent(f.cvar95)}\n${w.twd(f.cvar95Twd)}`],
    [l.maxDrawdownMedian, (f) => w.percent(f.maxDrawdownMedian)],
    [l.maxDrawdown95, (f) => w.percent(f.maxDrawdown95)],
  ];
  return [
    { kind: 'heading', level: 1, text: text.sections.figures },
    { kind: 'paragraph', text: text.figuresIntro, muted: true },
    {
      kind: 'table',
      columns: [
        { header: c.figure, weight: 3 },
        { header: c.current, weight: 2, align: 'right' },
        { header: c.proposed, weight: 2, align: 'right' },
      ],
      rows: rows.map(([name, value]) => [
        name,
        figures.current ? value(figures.current) : w.lane.empty,
        value(figures.proposed),
      ]),
    },
    ...chart(charts, 'frontier'),
    ...chart(charts, 'riskContribution'),
  ];
}

export function monteCarloSection(w: ProposalWriter, charts: ChartBlocks): Block[] {
  const { text } = w;
  const { monteCarlo } = w.facts.analysis;
  const { fan } = monteCarlo;
  const c = text.columns;
  const index = new Map(fan.years.map((year, i) => [year, i]));
  // Large type keeps three bands, so each amount stays on one line.
  const bands: [string, number[]][] = w.facts.largeType
    ? [
        ['P5', fan.p5],
        ['P50', fan.p50],
        ['P95', fan.p95],
      ]
    : [
        ['P5', fan.p5],
        ['P25', fan.p25],
        ['P50', fan.p50],
        ['P75', fan.p75],
        ['P95', fan.p95],
      ];
  return [
    { kind: 'heading', level: 1, text: text.sections.monteCarlo },
    {
      kind: 'keyValues',
      columns: 1,
      labelWidth: w.labelWidth(110, 200),
      items: [
        {
          label: text.labels.horizonLabel,
          value: text.labels.paths(monteCarlo.paths, w.facts.content.horizonYears),
        },
        { label: text.labels.probabilityOfRuin, value: w.percent(monteCarlo.probabilityOfRuin) },
      ],
    },
    ...chart(charts, 'fan'),
    ...(monteCarlo.goals.length > 0 ? [goalProbabilityTable(w)] : []),
    { kind: 'paragraph', text: text.monteCarloIntro, muted: true, small: true },
    {
      kind: 'table',
      columns: [
        { header: c.year, weight: 1, align: 'center' },
        ...bands.map(([header]) => ({ header, weight: 2, align: 'right' as const })),
      ],
      rows: fanYears(fan.years).map((year) => {
        const i = index.get(year)!;
        return [String(year), ...bands.map(([, values]) => w.twd(values[i]!))];
      }),
    },
  ];
}

export function stressSection(w: ProposalWriter, charts: ChartBlocks): Block[] {
  const { text, language } = w;
  const c = text.columns;
  const loss = (outcome: { lossPercent: number; lossTwd: number } | null) =>
    outcome ? `${w.percent(outcome.lossPercent)}\n${w.twd(outcome.lossTwd)}` : w.lane.empty;
  return [
    { kind: 'heading', level: 1, text: text.sections.stress },
    { kind: 'paragraph', text: text.stressIntro, muted: true },
    ...chart(charts, 'stress'),
    {
      kind: 'table',
      columns: [
        { header: c.scenario, weight: 3.4 },
        { header: c.kind, weight: 1.6 },
        { header: c.lossCurrent, weight: 2, align: 'right' },
        { header: c.lossProposed, weight: 2, align: 'right' },
      ],
      rows: w.facts.analysis.stress.map((row) => [
        row.name[language],
        text.stressKinds[row.kind],
        loss(row.current),
        loss(row.proposed),
      ]),
    },
  ];
}
