import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONNAIRE } from '../../../../shared/features/kyc';
import { modest } from '../../../shared/features/kyc/fixtures';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z');
const twd = (amount: number) => [{ currency: 'TWD' as const, amount }];

describe('tiers through the router, on a real encrypted vault', () => {
  it('tiers every client at the thresholds in one recompute, audited with the count of changes', async () => {
    const below = await kit.addClient({ investableAssets: twd(29_999_999) });
    const at = await kit.addClient({ investableAssets: twd(30_000_000) });
    expect(await kit.call('tiers.recompute', {})).toMatchObject({ clients: 2, tiered: 2, changed: 0 });
    expect((await kit.call('tiers.ofClient', { clientId: below })).tierKey).toBe('vip');
    expect(await kit.call('tiers.ofClient', { clientId: at })).toMatchObject({
      tierKey: 'top',
      automaticKey: 'top',
      since: '2026-11-30',
      plan: { contactEveryDays: 30, reviewEveryMonths: 3 },
      history: [{ on: '2026-11-30', from: null, to: 'top', cause: 'assets' }],
    });
    const { items } = await kit.call('audit.list', { filter: {} });
    expect(items.find((e) => e.action === 'tiers.recompute')).toMatchObject({
      entityId: null,
      detail: '0 rows',
    });
    expect(await kit.call('tiers.recompute', {})).toMatchObject({ clients: 2, tiered: 0, changed: 0 });
  });

  it('tiers by the holdings valuation in TWD when the client holds anything, over the stated assets', async () => {
    const clientId = await kit.addClient({ investableAssets: twd(1_000_000) });
    // 1,000,000 USD at the default 30.6: NT$30.6M.
    await kit.call('holdings.setCash', {
      clientId,
      version: 0,
      data: { currency: 'USD', custodian: 'bank', amount: 1_000_000 },
    });
    await kit.call('tiers.recompute', {});
    expect(await kit.call('tiers.ofClient', { clientId })).toMatchObject({
      tierKey: 'top',
      assetsTwd: 30_600_000,
    });
  });

  it('needs a reason for a manual tier, keeps it through recomputes, records and audits it', async () => {
    const clientId = await kit.addClient({ investableAssets: twd(500_000) });
    await kit.call('tiers.recompute', {});
    const refused = await kit.fail('tiers.override', { clientId, tierKey: 'top', reason: '  ' });
    expect(refused.code).toBe('VALIDATION');
    expect(JSON.stringify(refused.details)).toContain('reason');
    expect((await kit.fail('tiers.override', { clientId, tierKey: 'nosuch', reason: '家族長輩' })).code).toBe(
      'VALIDATION',
    );

    kit.setNow('2026-12-02T02:00:00Z');
    const set = await kit.call('tiers.override', {
      clientId,
      tierKey: 'top',
      reason: '家族企業主，資產在他行',
    });
    expect(set).toMatchObject({
      tierKey: 'top',
      automaticKey: 'general',
      override: { tierKey: 'top', reason: '家族企業主，資產在他行' },
      since: '2026-12-02',
      history: [{ on: '2026-12-02', from: 'general', to: 'top', cause: 'override' }, expect.anything()],
    });
    await kit.call('tiers.recompute', {});
    expect((await kit.call('tiers.ofClient', { clientId })).tierKey).toBe('top');

    const cleared = await kit.call('tiers.override', { clientId, tierKey: null });
    expect(cleared).toMatchObject({ tierKey: 'general', override: null });
    expect(cleared.history[0]).toEqual({ on: '2026-12-02', from: 'top', to: 'general', cause: 'override' });
    const { items } = await kit.call('audit.list', { filter: {} });
    const entries = items.filter((e) => e.action === 'client.tier_override');
    expect(entries).toHaveLength(2);
    // The reason and the tier stay out of the audit trail.
    expect(entries.every((e) => e.entityId === clientId && e.detail === null)).toBe(true);
  });

  it('lists a client overdue by the clock, and a KYC re-assessment from the KYC service', async () => {
    const clientId = await kit.addClient({ name: '逾期客', investableAssets: twd(40_000_000) });
    await kit.call('tiers.recompute', {});
    // Nothing recorded yet: the first contact is due 30 days after the client entered the tier.
    expect((await kit.call('tiers.overdue', { asOf: '2026-12-29' })).rows).toEqual([]);
    const late = await kit.call('tiers.overdue', { asOf: '2027-01-02', kind: 'contact' });
    expect(late.rows).toEqual([
      {
        clientId,
        clientName: '逾期客',
        tierKey: 'top',
        kind: 'contact',
        last: null,
        dueOn: '2026-12-30',
        daysLate: 3,
      },
    ]);

    // Archived: off the list at once, not only after the next recompute; back when restored.
    const archive = async (archived: boolean) => {
      const { version } = await kit.call('clients.get', { id: clientId });
      await kit.call('clients.archive', { id: clientId, archived, version });
      return (await kit.call('tiers.overdue', { asOf: '2027-01-02', kind: 'contact' })).rows.length;
    };
    expect(await archive(true)).toBe(0);
    expect(await archive(false)).toBe(1);

    const taken = await kit.call('kyc.take', { clientId, answers: modest(DEFAULT_QUESTIONNAIRE) });
    kit.setNow(`${taken.validUntil}T02:00:00Z`);
    const kyc = await kit.call('tiers.overdue', { kind: 'kyc' });
    expect(kyc.rows).toEqual([
      expect.objectContaining({ clientId, kind: 'kyc', dueOn: taken.validUntil, daysLate: 0 }),
    ]);
  });

  it('sums a household at the stated rates and tiers it by the combined assets', async () => {
    const spouse = await kit.addClient({
      name: '王太太',
      investableAssets: [{ currency: 'USD', amount: 500_000 }],
    });
    const clientId = await kit.addClient({
      name: '王先生',
      investableAssets: twd(20_000_000),
      household: [{ clientId: spouse, relation: 'spouse' }],
    });
    const household = await kit.call('tiers.household', { clientId });
    expect(household.members).toEqual([
      expect.objectContaining({ clientId, relation: null, assetsTwd: 20_000_000, source: 'stated' }),
      expect.objectContaining({
        clientId: spouse,
        relation: 'spouse',
        assetsTwd: 15_300_000,
        source: 'stated',
      }),
    ]);
    expect(household).toMatchObject({ totalTwd: 35_300_000, tierKey: 'top', fxAsOf: '2026-11-02' });
    expect(household.rates).toContainEqual({ currency: 'USD', toTwd: 30.6 });
    // Seen from the spouse's side, the same household.
    expect((await kit.call('tiers.household', { clientId: spouse })).totalTwd).toBe(35_300_000);
  });

  it('erases the tier with the client, and tiers a client added since the last recompute on the fly', async () => {
    const clientId = await kit.addClient({ investableAssets: twd(12_000_000) });
    expect(await kit.call('tiers.ofClient', { clientId })).toMatchObject({ tierKey: 'vip', history: [] });
    await kit.call('tiers.recompute', {});
    await kit.call('tiers.override', { clientId, tierKey: 'top', reason: '理由' });
    await kit.call('clients.delete', { id: clientId, reason: '客戶要求刪除', confirmName: '陳大文' });
    const { rows } = await kit.call('tiers.overdue', { asOf: '2030-01-01' });
    expect(rows.filter((r) => r.clientId === clientId)).toEqual([]);
  });
});
