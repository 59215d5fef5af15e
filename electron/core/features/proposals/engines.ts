import type { HoldingsValuation } from '../../../../shared/features/holdings';
import type { Product } from '../../../../shared/features/products';
import type {
  AllocationSlice,
  ProposalAnalysis,
  ProposalContent,
  ProposalFacts,
} from '../../../../shared/features/proposals';
import type { AssumptionsFile } from '../../../../shared/features/proposals/target';
import type { Settings } from '../../../../shared/features/settings';
import type { DocumentRenderer } from '../../documents/renderer';

/**
 * The two engines a proposal runs on, built on other branches: the analysis (feat-analysis,
 * `analyseProposal`) and the proposal PDF (feat-proposal-pdf, `renderProposalPdf`). Until they
 * are merged, the stand-ins below give a schema-valid minimal analysis and a one-page PDF.
 */
export interface AnalysisInputs {
  content: ProposalContent;
  holdings: HoldingsValuation;
  assumptions: AssumptionsFile;
  products: readonly Product[];
  settings: Settings;
}

export interface ProposalEngines {
  analyse(inputs: AnalysisInputs): ProposalAnalysis;
  renderPdf(facts: ProposalFacts, language: 'zh-TW' | 'en'): Promise<Buffer>;
  fileName(facts: ProposalFacts, language: 'zh-TW' | 'en'): string;
}

function slices(pairs: [string, number][], total: number): AllocationSlice[] {
  const by = new Map<string, number>();
  for (const [key, weight] of pairs) by.set(key, (by.get(key) ?? 0) + weight);
  return [...by].map(([key, weight]) => ({ key, weight, valueTwd: weight * total }));
}

function standInAnalysis({ content, holdings, assumptions, products }: AnalysisInputs): ProposalAnalysis {
  const investableTwd = holdings.totalTwd + content.newMoneyTwd;
  const byId = new Map(products.map((p) => [p.id, p]));
  const asset = (id: string) => assumptions.assets.findIndex((a) => a.id === id);
  const w = assumptions.assets.map(() => 0);
  for (const item of content.items)
    if (asset(item.assetClass) >= 0) w[asset(item.assetClass)]! += item.weight;
  const mu = w.reduce((s, x, i) => s + x * assumptions.assets[i]!.expectedReturn, 0);
  let variance = 0;
  w.forEach((wi, i) =>
    w.forEach((wj, j) => {
      variance +=
        wi *
        wj *
        assumptions.assets[i]!.volatility *
        assumptions.assets[j]!.volatility *
        assumptions.correlations[i]![j]!;
    }),
  );
  const volatility = Math.sqrt(variance);
  const point = { expectedReturn: mu, volatility };
  return {
    assumptionsVersion: content.assumptionsVersion,
    investableTwd,
    current: null,
    proposed: {
      totalTwd: investableTwd,
      byAssetClass: slices(
        content.items.map((i) => [i.assetClass, i.weight]),
        investableTwd,
      ),
      byCurrency: slices(
        content.items.map((i) => [byId.get(i.productId)?.currency ?? 'TWD', i.weight]),
        investableTwd,
      ),
      byRiskRating: slices(
        content.items.map((i) => [`RR${byId.get(i.productId)?.riskRating ?? ''}`, i.weight]),
        investableTwd,
      ),
    },
    figures: {
      current: null,
      proposed: {
        expectedReturn: mu,
        volatility,
        sharpe: volatility > 0 ? mu / volatility : 0,
        var95: Math.max(0, 1.645 * volatility - mu),
        cvar95: Math.max(0, 2.063 * volatility - mu),
        var95Twd: Math.max(0, 1.645 * volatility - mu) * investableTwd,
        cvar95Twd: Math.max(0, 2.063 * volatility - mu) * investableTwd,
        maxDrawdownMedian: 0,
        maxDrawdown95: 0,
      },
    },
    frontier: [],
    currentPoint: null,
    proposedPoint: point,
    monteCarlo: {
      paths: 0,
      seed: 0,
      months: 0,
      fan: {
        years: [0],
        p5: [investableTwd],
        p25: [investableTwd],
        p50: [investableTwd],
        p75: [investableTwd],
        p95: [investableTwd],
      },
      probabilityOfRuin: 0,
      goals: [],
    },
    stress: [],
    riskContributions: [],
    trades: [],
    tradeFeesTwd: 0,
  };
}

async function standInPdf(documents: DocumentRenderer, facts: ProposalFacts, language: 'zh-TW' | 'en') {
  const title = language === 'en' ? 'Proposal' : '建議書';
  return documents.render({
    language,
    branding: facts.firm.branding,
    metadata: {
      title: `${title} ${facts.number}`,
      subject: title,
      creator: 'AdvisorDesk',
      createdAt: new Date(`${facts.day}T00:00:00Z`),
    },
    header: { title },
    footer: { left: facts.day },
    blocks: [
      { kind: 'heading', text: `${title} ${facts.number}`, level: 1 },
      { kind: 'paragraph', text: facts.content.title },
      {
        kind: 'table',
        columns: [
          { header: 'Code', weight: 1 },
          { header: '%', weight: 1, align: 'right' },
        ],
        rows: facts.content.items.map((item) => [
          facts.products.find((p) => p.id === item.productId)?.code ?? item.productId,
          (item.weight * 100).toFixed(2),
        ]),
      },
    ],
  });
}

export function standInEngines(documents: DocumentRenderer): ProposalEngines {
  return {
    analyse: standInAnalysis,
    renderPdf: (facts, language) => standInPdf(documents, facts, language),
    fileName: (facts, language) => `${language === 'en' ? 'Proposal' : '建議書'}_${facts.number}.pdf`,
  };
}
