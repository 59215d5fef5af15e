import { describe, expect, it } from 'vitest';
import { ASSET_CLASSES, type AssetClassId } from '../../../../shared/features/products';
import { proposalContentSchema } from '../../../../shared/features/proposals';
import { proposalsKit } from './harness';

const kit = proposalsKit('2026-11-30T02:00:00Z');

/** One approved product per asset class, set as the shelf's preferred ones. */
async function preferredShelf(): Promise<Record<AssetClassId, string>> {
  const preferred = {} as Record<AssetClassId, string>;
  for (const [i, assetClass] of ASSET_CLASSES.entries()) {
    preferred[assetClass] = await kit.addProduct({
      code: `P${String(i).padStart(2, '0')}`,
      assetClass,
      riskRating: 2,
      issuerRiskRating: 2,
      issuer: `發行人${i}`,
    });
  }
  await kit.call('settings.update', { shelf: { preferredByAssetClass: preferred } });
  return preferred;
}

describe('drafts', () => {
  it('makes a first draft from a client with KYC and holdings: valid content, numbered, goals copied', async () => {
    await preferredShelf();
    const clientId = await kit.addClient({ birthDate: '1975-03-01' });
    await kit.addKyc(clientId);
    kit.world.holdings.set(clientId, {
      clientId,
      positions: [],
      cash: [{ currency: 'TWD', custodian: 'bank', amount: 5_000_000, fxRate: 1, amountTwd: 5_000_000 }],
      totalTwd: 5_000_000,
      missingRates: [],
      fxAsOf: '2026-11-30',
    });
    const { proposal, notes } = await kit.call('proposals.draft', { clientId });
    expect(proposalContentSchema.safeParse(proposal.content).success).toBe(true);
    expect(proposal.number).toBe('P1151130-001');
    expect(proposal.state).toBe('draft');
    expect(proposal.investableTwd).toBe(5_000_000);
    expect(notes).toEqual([]);
    const second = await kit.call('proposals.draft', { clientId });
    expect(second.proposal.number).toBe('P1151130-002');
    expect(await kit.call('proposals.list', { clientId })).toHaveLength(2);
    // The shipped assumptions the drafts name are stored, so a later release's drafts still find them.
    const stored = kit.core.session
      .database()
      .prepare('SELECT version, shipped FROM market_assumptions')
      .all();
    expect(stored).toEqual([{ version: proposal.content.assumptionsVersion, shipped: 1 }]);
  });

  it("refuses an item labelled with another class than its product's (the risk would be computed on it)", async () => {
    await preferredShelf();
    const clientId = await kit.addClient();
    await kit.addKyc(clientId);
    const { proposal } = await kit.call('proposals.draft', { clientId });
    const first = proposal.content.items[0]!;
    const other = first.assetClass === 'twd_cash' ? ('tw_equity' as const) : ('twd_cash' as const);
    const items = proposal.content.items.map((item, i) => (i === 0 ? { ...item, assetClass: other } : item));
    const error = await kit.fail('proposals.update', {
      id: proposal.id,
      version: proposal.version,
      content: { ...proposal.content, items },
    });
    expect(error.code).toBe('VALIDATION');
    expect(JSON.stringify(error.details)).toContain('validation.itemAssetClass');
  });

  it('refuses weights that do not sum to one, naming the field', async () => {
    await preferredShelf();
    const clientId = await kit.addClient();
    await kit.addKyc(clientId);
    const { proposal } = await kit.call('proposals.draft', { clientId });
    const items = proposal.content.items.map((item, i) =>
      i === 0 ? { ...item, weight: item.weight + 0.1 } : item,
    );
    const error = await kit.fail('proposals.update', {
      id: proposal.id,
      version: proposal.version,
      content: { ...proposal.content, items },
    });
    expect(error.code).toBe('VALIDATION');
    expect(JSON.stringify(error.details)).toContain('validation.weightsSum');
    expect(JSON.stringify(error.details)).toContain('items');
  });
});

describe('the live analysis', () => {
  it('answers the analysis, the suitability findings, the target weights and the time taken', async () => {
    const preferred = await preferredShelf();
    const clientId = await kit.addClient({ birthDate: '1975-03-01' });
    await kit.addKyc(clientId);
    kit.world.holdings.set(clientId, {
      clientId,
      positions: [],
      cash: [{ currency: 'TWD', custodian: 'bank', amount: 2_000_000, fxRate: 1, amountTwd: 2_000_000 }],
      totalTwd: 2_000_000,
      missingRates: [],
      fxAsOf: '2026-11-30',
    });
    const { proposal } = await kit.call('proposals.draft', { clientId });
    const answer = await kit.call('proposals.analyse', { clientId, content: proposal.content });
    expect(answer.analysis.investableTwd).toBe(2_000_000);
    expect(answer.analysis.monteCarlo.paths).toBe(10_000);
    expect(answer.suitability.kycState).toBe('current');
    const target = Object.values(answer.targetWeights).reduce((s, w) => s + w, 0);
    expect(target).toBeCloseTo(1, 9);
    expect(answer.elapsedMs).toBeGreaterThan(0);
    // Manual: the items' own classes.
    const manual = await kit.call('proposals.analyse', {
      clientId,
      content: {
        ...proposal.content,
        target: { source: 'manual' },
        items: [
          { productId: preferred.tw_gov_bond, assetClass: 'tw_gov_bond', weight: 0.6 },
          { productId: preferred.twd_cash, assetClass: 'twd_cash', weight: 0.4 },
        ],
      },
    });
    expect(manual.targetWeights).toEqual({ tw_gov_bond: 0.6, twd_cash: 0.4 });
  });

  it('copies the dossier goals into the first draft', async () => {
    await preferredShelf();
    const clientId = await kit.addClient({ birthDate: '1975-03-01' });
    await kit.addKyc(clientId);
    kit.world.goals.set(clientId, [
      {
        id: 'goal-1',
        clientId,
        kind: 'retirement',
        name: '退休',
        targetDate: '2040-03-01',
        amountTwd: 20_000_000,
        inTodaysMoney: true,
        priority: 'essential',
        funding: {
          initialTwd: 0,
          monthlyContributionTwd: 30_000,
          monthlyWithdrawalTwd: 60_000,
          withdrawalYears: 20,
        },
        retirementAge: 65,
        monthlySpendingTwd: 60_000,
        educationYear: null,
        notes: null,
        version: 1,
        createdAt: '2026-11-01T00:00:00Z',
        updatedAt: '2026-11-01T00:00:00Z',
      },
    ]);
    const { proposal } = await kit.call('proposals.draft', { clientId, kind: 'planning' });
    expect(proposal.content.goals).toHaveLength(1);
    expect(proposal.content.goals[0]).toMatchObject({
      goalId: 'goal-1',
      name: '退休',
      amountTwd: 20_000_000,
    });
    expect(proposal.content.horizonYears).toBe(34);
    expect(proposal.kind).toBe('planning');
  });
});
