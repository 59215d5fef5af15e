import { assumptionsFileSchema, parseScenariosFile } from '../../../../shared/analytics';
import type { HoldingsValuation } from '../../../../shared/features/holdings';
import {
  proposalContentSchema,
  proposalGoalSchema,
  type ProposalAnalysisInput,
  type ProposalContentInput,
  type ProposedProduct,
} from '../../../../shared/features/proposals';
import { readResource } from '../../analytics/fixtures';

/** A client with Taiwan shares, a USD fund, a free-form position and cash, and a three-product proposal. */

export const ASSUMPTIONS = assumptionsFileSchema.parse(readResource('capital-market-assumptions.json'));
export const SCENARIOS = parseScenariosFile(readResource('stress-scenarios.json'));

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
export const PRODUCT_IDS = { tw: id(1), bond: id(2), dm: id(3), gold: id(4) };

export const PRODUCTS: ProposedProduct[] = [
  product(PRODUCT_IDS.tw, '0050', '元大台灣50', 'tw_equity', 'TWD', 4, 0),
  product(PRODUCT_IDS.bond, 'GIB01', '全球投資級債券基金', 'global_ig_bond', 'USD', 2, 1.5),
  product(PRODUCT_IDS.dm, 'DM01', '全球股票基金', 'dm_equity', 'USD', 4, 3),
  product(PRODUCT_IDS.gold, 'GLD01', '黃金基金', 'gold', 'USD', 4, 2),
];

function product(
  productId: string,
  code: string,
  nameZh: string,
  assetClass: ProposedProduct['assetClass'],
  currency: ProposedProduct['currency'],
  riskRating: number,
  frontLoadPercent: number | null,
): ProposedProduct {
  return {
    id: productId,
    code,
    nameZh,
    nameEn: null,
    assetClass,
    currency,
    riskRating,
    fees: { frontLoadPercent },
  };
}

const position = (
  positionId: string,
  productId: string | null,
  name: string,
  assetClass: HoldingsValuation['positions'][number]['assetClass'],
  currency: 'TWD' | 'USD' | 'JPY',
  marketValueTwd: number | null,
  riskRating: number | null,
) => ({
  id: positionId,
  productId,
  productCode: productId ? name.split(' ')[0]! : null,
  name,
  assetClass,
  currency,
  riskRating,
  custodian: 'domestic' as const,
  quantity: 1,
  price: 1,
  priceDate: '2026-11-27',
  marketValue: marketValueTwd ?? 1,
  fxRate: currency === 'TWD' ? 1 : 30,
  marketValueTwd,
});

/** 6,000,000 TWD: 0050 3,000,000; gold fund 1,000,000; a free-form stock 500,000; TWD cash 1,000,000; USD cash 500,000. */
export const HOLDINGS: HoldingsValuation = {
  clientId: 'c1',
  positions: [
    position('pos-tw', PRODUCT_IDS.tw, '0050 元大台灣50', 'tw_equity', 'TWD', 3_000_000, 4),
    position('pos-gold', PRODUCT_IDS.gold, 'GLD01 黃金基金', 'gold', 'USD', 1_000_000, 4),
    position('pos-free', null, '台積電', 'tw_equity', 'TWD', 500_000, null),
    position('pos-jpy', null, '日本股票', 'dm_equity', 'JPY', null, null),
  ],
  cash: [
    { currency: 'TWD', custodian: 'bank', amount: 1_000_000, fxRate: 1, amountTwd: 1_000_000 },
    { currency: 'USD', custodian: 'bank', amount: 500_000 / 30, fxRate: 30, amountTwd: 500_000 },
  ],
  totalTwd: 6_000_000,
  missingRates: ['JPY'],
  fxAsOf: '2026-11-27',
};

export function content(overrides: Partial<ProposalContentInput> = {}) {
  return proposalContentSchema.parse({
    kind: 'planning',
    title: '退休與教育規劃',
    assumptionsVersion: ASSUMPTIONS.version,
    target: { source: 'manual' },
    items: [
      { productId: PRODUCT_IDS.tw, assetClass: 'tw_equity', weight: 0.3 },
      { productId: PRODUCT_IDS.bond, assetClass: 'global_ig_bond', weight: 0.45 },
      { productId: PRODUCT_IDS.dm, assetClass: 'dm_equity', weight: 0.25 },
    ],
    newMoneyTwd: 2_000_000,
    horizonYears: 30,
    goals: [
      goal({ name: '子女教育', kind: 'education', targetDate: '2036-09-01', amountTwd: 3_000_000 }),
      goal({
        name: '退休',
        kind: 'retirement',
        targetDate: '2046-01-01',
        amountTwd: 10_000_000,
        funding: {
          initialTwd: 0,
          monthlyContributionTwd: 20_000,
          monthlyWithdrawalTwd: 50_000,
          withdrawalYears: 10,
        },
      }),
    ],
    ...overrides,
  });
}

export function goal(fields: Record<string, unknown>) {
  return proposalGoalSchema.parse({
    kind: 'custom',
    name: '目標',
    targetDate: '2036-01-01',
    amountTwd: 1_000_000,
    inTodaysMoney: false,
    priority: 'important',
    funding: { initialTwd: 0, monthlyContributionTwd: 0, monthlyWithdrawalTwd: 0, withdrawalYears: 0 },
    retirementAge: null,
    monthlySpendingTwd: null,
    educationYear: null,
    notes: null,
    ...fields,
  });
}

export function analysisInput(overrides: Partial<ProposalAnalysisInput> = {}): ProposalAnalysisInput {
  return {
    content: content(),
    holdings: HOLDINGS,
    products: PRODUCTS,
    assumptions: ASSUMPTIONS,
    stressScenarios: SCENARIOS,
    startDay: '2026-11-30',
    settings: { sellCostPercent: 0.4425, simulationPaths: 10_000 },
    ...overrides,
  };
}
