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
