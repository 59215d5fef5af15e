import { DEFAULT_QUESTIONNAIRE } from '../../../../shared/features/kyc';
import { modest } from '../../../shared/features/kyc/fixtures';
import type { ProposalContentInput } from '../../../../shared/features/proposals';
import type { proposalsKit } from './harness';

type Kit = ReturnType<typeof proposalsKit>;

/** The elderly questions' answers of a 65+ client who needs no extra care. */
const ELDERLY_ANSWERS = {
  q_elderly_purpose: 'wealth',
  q_elderly_helper: 'self',
  q_elderly_wellbeing: 'none',
};

/** Four approved RR1 products of four issuers (each 25%: inside every concentration limit). */
export async function fourProducts(kit: Kit, riskRatings: number[] = [1, 1, 1, 1]): Promise<string[]> {
  const classes = ['tw_gov_bond', 'twd_cash', 'global_ig_bond', 'usd_cash'] as const;
  const ids: string[] = [];
  for (const [i, assetClass] of classes.entries()) {
    ids.push(
      await kit.addProduct({
        code: `B${i + 1}`,
        nameZh: `測試商品${i + 1}`,
        assetClass,
        riskRating: riskRatings[i]!,
        issuerRiskRating: 1,
        issuer: `發行機構${i + 1}`,
      }),
    );
  }
  return ids;
}

export function contentOf(
  productIds: readonly string[],
  overrides: Partial<ProposalContentInput> = {},
): ProposalContentInput {
  const classes = ['tw_gov_bond', 'twd_cash', 'global_ig_bond', 'usd_cash'] as const;
  return {
    kind: 'allocation',
    title: '測試建議書',
    assumptionsVersion: '2026.1',
    target: { source: 'manual' },
    items: productIds.map((productId, i) => ({
      productId,
      assetClass: classes[i]!,
      weight: 1 / productIds.length,
    })),
    newMoneyTwd: 1_000_000,
    ...overrides,
  };
}

/** A confirmed-KYC client holding NT$4,000,000 in cash. */
export async function clientWithHoldings(kit: Kit, birthDate = '1975-03-01'): Promise<string> {
  const clientId = await kit.addClient({ birthDate });
  await kit.addKyc(
    clientId,
    birthDate < '1961-12-01' ? { ...modest(DEFAULT_QUESTIONNAIRE), ...ELDERLY_ANSWERS } : undefined,
  );
  kit.world.holdings.set(clientId, {
    clientId,
    positions: [],
    cash: [{ currency: 'TWD', custodian: 'bank', amount: 4_000_000, fxRate: 1, amountTwd: 4_000_000 }],
    totalTwd: 4_000_000,
    missingRates: [],
    fxAsOf: '2026-11-30',
  });
  return clientId;
}
