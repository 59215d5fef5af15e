import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { DEFAULT_QUESTIONNAIRE, type Answers } from '../../../../shared/features/kyc';
import { translateValidation } from '../../../../shared/i18n/messages';
import { auditEntryDetailWords } from '../../../../shared/ipc/contract';
import type { ClientListFilter } from '../../../../shared/features/clients';
import { modest } from '../../../shared/features/kyc/fixtures';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z'); // 2026-11-30 in Taipei
const twd = (amount: number) => [{ currency: 'TWD' as const, amount }];

async function names(filter: ClientListFilter): Promise<string[]> {
  const page = await kit.call('clients.list', { ...filter, sort: 'name' });
  return page.items.map((c) => c.name);
}

describe('client list facets answered by tiers and KYC', () => {
  it('filters by tier and by overdue service, alone, together and with text search', async () => {
    const top = await kit.addClient({ name: 'Top 王', investableAssets: twd(40_000_000) });
    await kit.addClient({ name: 'Vip 李', investableAssets: twd(12_000_000) });
    await kit.addClient({ name: 'General 陳', investableAssets: twd(500_000) });
    await kit.call('tiers.recompute', {});
    expect(await names({ facets: { tier: 'top' } })).toEqual(['Top 王']);
    expect(await names({ facets: { tier: 'vip' } })).toEqual(['Vip 李']);
    expect(await names({ facets: { tier: 'general' }, text: '王' })).toEqual([]);
    expect(await names({ facets: { overdue: 'any' } })).toEqual([]);

    // The top tier's first contact falls due 30 days after it entered the tier (2026-12-30).
    kit.setNow('2027-01-02T02:00:00Z');
    expect(await names({ facets: { overdue: 'any' } })).toEqual(['Top 王']);
    expect(await names({ facets: { overdue: 'contact', tier: 'top' } })).toEqual(['Top 王']);
    expect(await names({ facets: { overdue: 'contact', tier: 'vip' } })).toEqual([]);
    expect(await names({ facets: { overdue: 'kyc' } })).toEqual([]);
    expect(await names({ facets: { overdue: 'any' }, text: 'top' })).toEqual(['Top 王']);
    expect(await kit.call('clients.ids', { facets: { overdue: 'contact' } })).toEqual({
      ids: [top],
      total: 1,
    });
  });

  it('filters by KYC state today: none, unconfirmed, needs review, current, then expired', async () => {
    const none = await kit.addClient({ name: 'A 未評估' });
    const unconfirmed = await kit.addClient({ name: 'B 待確認' });
    const current = await kit.addClient({ name: 'C 有效' });
    const review = await kit.addClient({ name: 'D 待覆核' });
    const answers = modest(DEFAULT_QUESTIONNAIRE);
    const b = await kit.call('kyc.take', { clientId: unconfirmed, answers });
    const c = await kit.call('kyc.take', { clientId: current, answers });
    await kit.call('kyc.confirm', { assessmentId: c.id, method: 'seal', on: '2026-11-30' });
    const flagged: Answers = { ...answers, q_experience_years: 'none', q_experience_products: 'derivatives' };
    const d = await kit.call('kyc.take', { clientId: review, answers: flagged });
    await kit.call('kyc.confirm', { assessmentId: d.id, method: 'seal', on: '2026-11-30' });

    expect(await names({ facets: { kyc: 'none' } })).toEqual(['A 未評估']);
    expect(await names({ facets: { kyc: 'unconfirmed' } })).toEqual(['B 待確認']);
    expect(await names({ facets: { kyc: 'current' } })).toEqual(['C 有效']);
    expect(await names({ facets: { kyc: 'needs_review' } })).toEqual(['D 待覆核']);
    expect(await names({ facets: { kyc: 'expired' } })).toEqual([]);
    expect(await names({ facets: { kyc: 'none' }, text: '有效' })).toEqual([]);
    expect((await kit.call('clients.ids', { facets: { kyc: 'none' } })).ids).toEqual([none]);

    kit.setNow(`${b.validUntil}T18:00:00Z`); // the next day in Taipei
    expect(await names({ facets: { kyc: 'expired' } })).toEqual(['B 待確認', 'C 有效', 'D 待覆核']);
    expect(await names({ facets: { kyc: 'current' } })).toEqual([]);
  });

  it('refuses a facet nobody registered and a value its facet does not accept, by name', async () => {
    await kit.addClient();
    const refused: [string, string][] = [
      ['nosuch', 'x'],
      ['tier', 'platinum'],
      ['kyc', 'fresh'],
      ['overdue', 'never'],
    ];
    for (const [key, value] of refused) {
      const facets = { [key]: value };
      for (const channel of ['clients.list', 'clients.ids'] as const) {
        expect(await kit.fail(channel, { facets })).toMatchObject({
          code: 'VALIDATION',
          details: { issues: [{ path: ['facets', key], message: 'validation.invalid' }] },
        });
      }
    }
    expect(translateValidation('validation.invalid', 'zh-TW')).toBe('內容無效');
    // A key that is no facet name at all stops at the contract.
    expect((await kit.fail('clients.list', { facets: { 'Bad-Key': 'x' } })).code).toBe('VALIDATION');
  });
});

describe('bulk changes to the selected clients', () => {
  it('adds a tag to the clients without it, moving their versions, audited once', async () => {
    const has = await kit.addClient({ name: '甲', tags: ['VIP'] });
    const b = await kit.addClient({ name: '乙' });
    const c = await kit.addClient({ name: '丙' });
    const before = await kit.call('clients.get', { id: b });
    kit.setNow('2026-11-30T03:00:00Z');

    const done = await kit.call('clients.bulkUpdate', {
      ids: [has, b, c],
      change: { kind: 'addTag', tag: 'VIP' },
    });
    expect(done).toEqual({ changed: 2, unchanged: 1 });
    expect(await kit.call('clients.get', { id: has })).toMatchObject({ tags: ['VIP'], version: 1 });
    expect(await kit.call('clients.get', { id: b })).toMatchObject({
      tags: ['VIP'],
      version: 2,
      updatedAt: '2026-11-30T03:00:00.000Z',
    });
    expect(await kit.call('clients.ids', { tags: ['VIP'] })).toMatchObject({ total: 3 });

    // A form opened before the bulk change no longer saves over it.
    const {
      id: _id,
      version,
      nationalIdMasked: _m,
      createdAt: _c,
      updatedAt: _u,
      isDemo: _d,
      ...data
    } = before;
    const stale = await kit.fail('clients.update', {
      id: b,
      version,
      data: { ...data, nationalId: undefined },
    });
    expect(stale.code).toBe('CONFLICT');

    const entries = (await kit.call('audit.list', { filter: {} })).items.filter(
      (e) => e.action === 'client.bulk_update',
    );
    expect(entries.map((e) => [e.entityId, e.detail])).toEqual([[null, 'addTag 2']]);
    expect(auditEntryDetailWords('client.bulk_update', 'addTag 2', 'zh-TW')).toBe('加上標籤：2 位');
  });

  it('removes a tag and assigns or clears the advisor, counting the clients left as they were', async () => {
    const a = await kit.addClient({ tags: ['退休', 'VIP'], advisor: '林' });
    const b = await kit.addClient({ tags: [], advisor: null });
    expect(
      await kit.call('clients.bulkUpdate', { ids: [a, b], change: { kind: 'removeTag', tag: 'VIP' } }),
    ).toEqual({
      changed: 1,
      unchanged: 1,
    });
    expect((await kit.call('clients.get', { id: a })).tags).toEqual(['退休']);
    const assign = { kind: 'assignAdvisor', advisor: '林' } as const;
    expect(await kit.call('clients.bulkUpdate', { ids: [a, b], change: assign })).toEqual({
      changed: 1,
      unchanged: 1,
    });
    expect(await kit.call('clients.get', { id: b })).toMatchObject({ advisor: '林', version: 2 });
    const clear = { kind: 'assignAdvisor', advisor: null } as const;
    expect(await kit.call('clients.bulkUpdate', { ids: [a, b], change: clear })).toEqual({
      changed: 2,
      unchanged: 0,
    });
    expect(await kit.call('clients.list', { advisor: '' })).toMatchObject({ total: 2 });
    expect(await kit.call('clients.listOptions', {})).toEqual({
      advisors: [{ advisor: '', count: 2 }],
      tags: [{ tag: '退休', count: 1 }],
    });
  });

  it('changes nothing when one client is unknown or deleted, or one has 20 tags already', async () => {
    const a = await kit.addClient({ name: '甲' });
    const gone = await kit.addClient({ name: '乙' });
    await kit.call('clients.delete', { id: gone, reason: '客戶要求刪除', confirmName: '乙' });
    const full = await kit.addClient({ name: '丙', tags: Array.from({ length: 20 }, (_, i) => `標籤${i}`) });
    const addTag = { kind: 'addTag', tag: '新' } as const;

    expect((await kit.fail('clients.bulkUpdate', { ids: [a, randomUUID()], change: addTag })).code).toBe(
      'NOT_FOUND',
    );
    expect((await kit.fail('clients.bulkUpdate', { ids: [a, gone], change: addTag })).code).toBe('NOT_FOUND');
    const tooMany = await kit.fail('clients.bulkUpdate', { ids: [a, full], change: addTag });
    expect(tooMany).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['change', 'tag'], message: 'validation.tooManyTags' }] },
    });
    expect(translateValidation('validation.tooManyTags', 'zh-TW')).toContain('最多 20 個標籤');
    expect(await kit.call('clients.get', { id: a })).toMatchObject({ tags: [], version: 1 });
    expect(await kit.call('clients.get', { id: full })).toMatchObject({ version: 1 });
    // A tag the full client has already changes nothing there, so it is no refusal.
    expect(
      await kit.call('clients.bulkUpdate', { ids: [a, full], change: { kind: 'addTag', tag: '標籤3' } }),
    ).toEqual({ changed: 1, unchanged: 1 });
    const entries = (await kit.call('audit.list', { filter: {} })).items.filter(
      (e) => e.action === 'client.bulk_update',
    );
    expect(entries).toHaveLength(1);
  });

  it('refuses an empty or repeated selection at the contract', async () => {
    const a = await kit.addClient();
    const change = { kind: 'removeTag', tag: 'VIP' } as const;
    expect(await kit.fail('clients.bulkUpdate', { ids: [], change })).toMatchObject({ code: 'VALIDATION' });
    const twice = await kit.fail('clients.bulkUpdate', { ids: [a, a], change });
    expect(JSON.stringify(twice.details)).toContain('validation.duplicate');
    expect(translateValidation('validation.duplicate', 'zh-TW')).toBe('同一項目重複出現');
  });
});
