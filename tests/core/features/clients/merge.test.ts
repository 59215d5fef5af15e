import { describe, expect, it } from 'vitest';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z');

async function versions(keepId: string, mergeId: string) {
  const [keep, merge] = [
    await kit.call('clients.get', { id: keepId }),
    await kit.call('clients.get', { id: mergeId }),
  ];
  return { keepId, keepVersion: keep.version, mergeId, mergeVersion: merge.version };
}

const lastAudit = () =>
  kit.core.session
    .database()
    .prepare('SELECT action, entity_id AS entityId, detail FROM audit_log ORDER BY id DESC LIMIT 1')
    .get();

describe('merging a duplicate dossier', () => {
  it('fills the blank fields from the duplicate (its national ID too), combines tags, links and notes, and is audited', async () => {
    const relative = await kit.addClient({ name: '王媽媽' });
    const cousin = await kit.addClient({ name: '王表哥' });
    const keep = await kit.addClient({
      name: '王小明',
      nationalId: null,
      status: 'prospect',
      phone: null,
      email: 'keep@example.tw',
      address: null,
      gender: 'X',
      investableAssets: [],
      tags: ['研討會', '高資產'],
      notes: '研討會認識',
      household: [{ clientId: relative, relation: 'child' }],
    });
    const duplicate = await kit.addClient({
      name: '王曉明',
      nationalId: 'A123456789',
      gender: 'M',
      phone: '0911-222-333',
      email: 'other@example.tw',
      address: '臺北市信義區松仁路 1 號',
      investableAssets: [{ currency: 'USD', amount: 100_000 }],
      tags: ['高資產', '退休規劃'],
      notes: '偏好電話聯繫',
      household: [
        { clientId: relative, relation: 'sibling' },
        { clientId: cousin, relation: 'other' },
      ],
    });
    await kit.call('clients.update', {
      id: cousin,
      version: (await kit.call('clients.get', { id: cousin })).version,
      data: {
        ...(await kit.call('clients.get', { id: cousin })),
        nationalId: undefined,
        household: [{ clientId: keep, relation: 'other' }],
      } as never,
    });

    const result = await kit.call('clients.merge', await versions(keep, duplicate));
    expect(lastAudit()).toEqual({ action: 'client.merge', entityId: keep, detail: `${duplicate} 0` });
    const client = result.client;
    expect(client).toMatchObject({
      id: keep,
      name: '王小明',
      nationalIdMasked: 'A12****789',
      gender: 'M',
      phone: '0911-222-333',
      email: 'keep@example.tw',
      address: '臺北市信義區松仁路 1 號',
      investableAssets: [{ currency: 'USD', amount: 100_000 }],
      tags: ['研討會', '高資產', '退休規劃'],
      notes: '研討會認識\n\n————（併入的重複資料）————\n偏好電話聯繫',
      status: 'prospect',
    });
    // The client kept's relation wins; the duplicate's other links come along.
    expect(
      client.household
        .map(({ clientId, relation }) => ({ clientId, relation }))
        .sort((a, b) => a.clientId.localeCompare(b.clientId)),
    ).toEqual(
      [
        { clientId: relative, relation: 'child' },
        { clientId: cousin, relation: 'other' },
      ].sort((a, b) => a.clientId.localeCompare(b.clientId)),
    );
    expect((await kit.call('clients.revealNationalId', { id: keep })).nationalId).toBe('A123456789');
    expect((await kit.fail('clients.get', { id: duplicate })).code).toBe('NOT_FOUND');
    // Found by the duplicate's ID, not by its name any more.
    expect((await kit.call('clients.list', { text: 'A123456' })).items.map((c) => c.id)).toEqual([keep]);
    expect((await kit.call('clients.list', { text: '王曉明' })).total).toBe(0);
    expect((await kit.call('audit.verifyChain', {})).ok).toBe(true);
  });

  it('refuses two dossiers that both have a national ID: two people', async () => {
    const keep = await kit.addClient({ name: '陳一' });
    const duplicate = await kit.addClient({ name: '陳一' });
    const refusal = await kit.fail('clients.merge', await versions(keep, duplicate));
    expect(refusal).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['mergeId'], message: 'validation.merge.twoNationalIds' }] },
    });
    expect((await kit.call('clients.get', { id: duplicate })).id).toBe(duplicate);
  });

  it('refuses stale versions, a deleted client, the same client twice and more than 20 tags', async () => {
    const keep = await kit.addClient({ name: '林二', tags: Array.from({ length: 12 }, (_, i) => `甲${i}`) });
    const duplicate = await kit.addClient({
      name: '林二',
      nationalId: null,
      status: 'prospect',
      tags: Array.from({ length: 12 }, (_, i) => `乙${i}`),
    });
    const current = await versions(keep, duplicate);
    expect((await kit.fail('clients.merge', { ...current, keepVersion: current.keepVersion + 1 })).code).toBe(
      'CONFLICT',
    );
    expect(
      (await kit.fail('clients.merge', { ...current, mergeVersion: current.mergeVersion + 1 })).code,
    ).toBe('CONFLICT');
    expect(await kit.fail('clients.merge', { ...current, mergeId: keep })).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['mergeId'], message: 'validation.mergeSame' }] },
    });
    expect(await kit.fail('clients.merge', current)).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['mergeId'], message: 'validation.merge.tooManyTags' }] },
    });

    const gone = await kit.addClient({ name: '刪除者', nationalId: null, status: 'prospect' });
    await kit.call('clients.delete', { id: gone, reason: '重複建檔', confirmName: '刪除者' });
    expect(await kit.fail('clients.merge', await versions(keep, gone))).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['mergeId'], message: 'validation.merge.deleted' }] },
    });
    expect(await kit.fail('clients.merge', await versions(gone, duplicate))).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['keepId'], message: 'validation.merge.deleted' }] },
    });
    expect(
      kit.core.session
        .database()
        .prepare("SELECT count(*) FROM audit_log WHERE action = 'client.merge'")
        .pluck()
        .get(),
    ).toBe(0);
  });
});

describe('a prospect without a national ID', () => {
  it('may be entered as a prospect only, and needs one to become active', async () => {
    const id = await kit.addClient({ name: '研討會來賓', nationalId: null, status: 'prospect' });
    const client = await kit.call('clients.get', { id });
    expect(client.nationalIdMasked).toBe('');
    expect((await kit.call('clients.revealNationalId', { id })).nationalId).toBeNull();
    // Two prospects without one are two dossiers, not one ID twice.
    await kit.addClient({ name: '另一位來賓', nationalId: null, status: 'prospect' });

    const {
      nationalIdMasked: _m,
      id: _i,
      version,
      createdAt: _c,
      updatedAt: _u,
      isDemo: _d,
      ...fields
    } = client;
    const update = (status: string, nationalId?: string | null) =>
      kit.core.invoke('clients.update', {
        id,
        version,
        data: { ...fields, status, ...(nationalId === undefined ? {} : { nationalId }) },
      } as never);
    for (const refused of [await update('active'), await update('active', '  ')]) {
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          details: { issues: [{ path: ['data', 'nationalId'], message: 'validation.nationalId.required' }] },
        },
      });
    }
    const active = await update('active', 'b223456782');
    expect(active).toMatchObject({ ok: true, value: { status: 'active', nationalIdMasked: 'B22****782' } });

    const refused = await kit.core.invoke('clients.create', {
      data: { ...fields, name: '無證件', status: 'active', nationalId: null },
    } as never);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: ['data', 'nationalId'] }] } },
    });
  });
});
