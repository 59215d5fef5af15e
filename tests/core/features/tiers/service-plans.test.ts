import { describe, expect, it } from 'vitest';
import { ClientsRepository, ClientsService } from '../../../../electron/core/features/clients';
import { TiersRepository, TiersService, type LastContact } from '../../../../electron/core/features/tiers';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/features/settings';
import { clientData, freshDatabasePerTest } from '../../db/fixtures';

/**
 * The service plans against a stand-in for the activities feature: each client's last contact and
 * review come from a map the test writes, as `activitiesServicePlanSource` answers them. The clients and the tiers live in a real
 * encrypted database.
 */

describe('service plans by the clock, with the activities source', () => {
  const test = freshDatabasePerTest();

  function world(startAt: string) {
    const state = { now: startAt, settings: structuredClone(DEFAULT_SETTINGS) as Settings };
    const last = new Map<string, LastContact>();
    const kycValidUntil = new Map<string, string>();
    const clients = new ClientsService(
      () => new ClientsRepository(test.db),
      () => state.settings,
      () => state.settings.fxRates,
      () => state.now,
    );
    const tiers = new TiersService(
      () => new TiersRepository(test.db),
      {
        clients,
        holdings: { valuationOf: () => ({ positions: [], cash: [], totalTwd: 0, missingRates: [] }) },
        investorClasses: { classOn: () => 'general' },
        kyc: {
          profileOf: (id) => (kycValidUntil.has(id) ? { validUntil: kycValidUntil.get(id)! } : null),
          duePending: () => ({
            expiring: [],
            expired: [...kycValidUntil].map(([clientId, validUntil]) => ({ clientId, validUntil })),
          }),
        },
        activities: {
          lastContacts: (ids) => new Map([...last].filter(([id]) => ids === undefined || ids.includes(id))),
        },
      },
      () => state.settings,
      () => state.settings.fxRates,
      () => state.now,
    );
    const add = (assets: number, more: Parameters<typeof clientData>[0] = {}) =>
      clients.create(clientData({ investableAssets: [{ currency: 'TWD', amount: assets }], ...more })).id;
    const update = (id: string, assets: number) => {
      const { version, ...client } = clients.get(id);
      const {
        nationalIdMasked: _,
        id: __,
        createdAt: ___,
        updatedAt: ____,
        isDemo: _____,
        deletedAt: ______,
        ...data
      } = client;
      clients.update(id, version, {
        ...data,
        investableAssets: [{ currency: 'TWD', amount: assets }],
        household: data.household.map(({ clientId, relation }) => ({ clientId, relation })),
      });
    };
    return { state, last, kycValidUntil, clients, tiers, add, update };
  }

  it('lists contacts and reviews due or late by tier, with days late, and leaves the rest out', () => {
    const w = world('2026-12-31T02:00:00Z');
    const top = w.add(30_000_000, { name: '頂級客' });
    const vip = w.add(29_999_999, { name: '貴賓客' });
    const closed = w.add(50_000_000, { status: 'closed' });
    const prospect = w.add(50_000_000, { status: 'prospect' });
    w.tiers.recompute();
    w.last.set(top, { lastContact: '2026-12-01', lastReview: '2026-10-31' });
    w.last.set(vip, { lastContact: '2026-11-01', lastReview: '2026-12-01' });
    for (const id of [closed, prospect])
      w.last.set(id, { lastContact: '2020-01-01', lastReview: '2020-01-01' });

    const list = w.tiers.overdue({});
    expect(list.asOf).toBe('2026-12-31');
    expect(list.rows.map((r) => [r.clientName, r.tierKey, r.kind, r.dueOn, r.daysLate])).toEqual([
      // 30 days after Dec 1; 3 months after Oct 31 is Jan 31, not yet due.
      ['頂級客', 'top', 'contact', '2026-12-31', 0],
      // 60 days after Nov 1 is Dec 31.
      ['貴賓客', 'vip', 'contact', '2026-12-31', 0],
    ]);
    expect(w.tiers.overdue({ asOf: '2027-02-01', kind: 'review' }).rows).toEqual([
      expect.objectContaining({ clientId: top, dueOn: '2027-01-31', daysLate: 1, last: '2026-10-31' }),
    ]);
    expect(
      w.tiers.overdue({ asOf: '2027-01-05', tier: 'vip' }).rows.map((r) => [r.clientId, r.daysLate]),
    ).toEqual([[vip, 5]]);
  });

  it('answers a page of the list with the counts of the whole list, and the first rows of each tier', () => {
    const w = world('2026-09-01T02:00:00Z');
    const tops = [0, 1, 2].map((i) => w.add(30_000_000, { name: `頂級${i}` }));
    const vips = [0, 1].map((i) => w.add(10_000_000, { name: `貴賓${i}` }));
    w.tiers.recompute();
    w.state.now = '2026-12-31T02:00:00Z';
    // Tiered in September: each contact is late by the days since the last one.
    tops.forEach((id, i) => w.last.set(id, { lastContact: `2026-11-0${i + 1}`, lastReview: '2026-12-01' }));
    vips.forEach((id, i) => w.last.set(id, { lastContact: `2026-10-0${i + 1}`, lastReview: '2026-12-01' }));
    const all = w.tiers.overdue({ kind: 'contact' });
    expect(all.total).toBe(5);
    expect(all.byTier).toEqual([
      { tierKey: 'top', count: 3 },
      { tierKey: 'vip', count: 2 },
    ]);
    // Tier order, then the most late first.
    expect(all.rows.map((r) => r.clientName)).toEqual(['頂級0', '頂級1', '頂級2', '貴賓0', '貴賓1']);
    const page = w.tiers.overdue({ kind: 'contact', offset: 2, limit: 2 });
    expect(page.rows.map((r) => r.clientName)).toEqual(['頂級2', '貴賓0']);
    expect(page.total).toBe(5);
    const firsts = w.tiers.overdue({ kind: 'contact', perTier: 1 });
    expect(firsts.rows.map((r) => r.clientName)).toEqual(['頂級0', '貴賓0']);
    expect(firsts.byTier).toEqual(all.byTier);
  });

  it('moves a client to the new plan from the day of the tier change', () => {
    const w = world('2026-11-01T02:00:00Z');
    const id = w.add(20_000_000);
    w.tiers.recompute();
    w.last.set(id, { lastContact: '2026-10-01', lastReview: '2026-10-01' });
    // As vip (60 days) the next contact is due Nov 30: not late on Nov 20.
    expect(w.tiers.overdue({ asOf: '2026-11-20', kind: 'contact' }).rows).toEqual([]);

    w.state.now = '2026-11-15T02:00:00Z';
    w.update(id, 35_000_000);
    expect(w.tiers.recompute()).toMatchObject({ clients: 1, changed: 1 });
    // As top (30 days) it was due Oct 31, before the change: due from Nov 15.
    expect(w.tiers.overdue({ asOf: '2026-11-20', kind: 'contact' }).rows).toEqual([
      expect.objectContaining({ clientId: id, tierKey: 'top', dueOn: '2026-11-15', daysLate: 5 }),
    ]);
    expect(w.tiers.ofClient(id, '2026-11-20').history).toEqual([
      { on: '2026-11-15', from: 'vip', to: 'top', cause: 'assets' },
      { on: '2026-11-01', from: null, to: 'vip', cause: 'assets' },
    ]);
  });

  it('records a change the settings made as such, and keeps the tier start when nothing moved', () => {
    const w = world('2026-11-01T02:00:00Z');
    const id = w.add(20_000_000);
    w.tiers.recompute();
    w.state.now = '2026-11-10T02:00:00Z';
    expect(w.tiers.recompute().changed).toBe(0);
    expect(w.tiers.ofClient(id).since).toBe('2026-11-01');
    w.state.settings.tiers.tiers[0]!.minAssetsTwd = 20_000_000;
    expect(w.tiers.recompute().changed).toBe(1);
    expect(w.tiers.ofClient(id)).toMatchObject({
      tierKey: 'top',
      since: '2026-11-10',
      history: [{ on: '2026-11-10', from: 'vip', to: 'top', cause: 'settings' }, expect.anything()],
    });
  });

  it('lists a KYC re-assessment due from the KYC service, only for plans that follow it', () => {
    const w = world('2027-01-10T02:00:00Z');
    const id = w.add(1_000_000);
    w.tiers.recompute();
    w.kycValidUntil.set(id, '2027-01-03');
    expect(w.tiers.overdue({ kind: 'kyc' }).rows).toEqual([
      expect.objectContaining({ clientId: id, kind: 'kyc', dueOn: '2027-01-03', daysLate: 7 }),
    ]);
    w.state.settings.tiers.tiers[2]!.plan.kycReview = false;
    expect(w.tiers.overdue({ kind: 'kyc' }).rows).toEqual([]);
  });

  it('erases a client’s tier and history, and a recompute drops clients no longer live', () => {
    const w = world('2026-11-01T02:00:00Z');
    const id = w.add(1_000_000);
    const removed = w.add(1_000_000);
    w.tiers.recompute();
    expect(w.tiers.eraseClient(id)).toBe(2);
    const repository = new TiersRepository(test.db);
    expect(repository.get(id)).toBeNull();
    expect(repository.history(id)).toEqual([]);
    w.clients.removeMany([removed]);
    w.tiers.recompute();
    expect(repository.get(removed)).toBeNull();
  });
});
