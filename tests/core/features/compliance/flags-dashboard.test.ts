import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/features/settings';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z'); // 2026-11-30 in Taipei

describe('misconduct flags', () => {
  it('lists an advisor and a client, and two unrelated clients, sharing contact details as written differently', async () => {
    await kit.call('settings.update', {
      compliance: {
        ...DEFAULT_SETTINGS.compliance,
        advisors: [{ name: '林顧問', address: null, email: 'lin@firm.tw', phone: '+886 912 000 111' }],
      },
    });
    const a = await kit.addClient({ name: '甲', phone: '0912-000-111', address: '臺北市信義路五段7號10樓' });
    await kit.addClient({ name: '乙', phone: '0922-333-444', address: '台北市信義路5段7號10F' });
    // 丙 shares 甲's address but is in 甲's household: expected, not flagged.
    await kit.addClient({
      name: '丙',
      phone: '0933-555-666',
      address: '台北市 信義路五段７號１０樓',
      household: [{ clientId: a, relation: 'spouse' }],
    });
    // 乙 is related to neither: both pairs are listed for a reviewer to dismiss or pursue.
    const flags = await kit.call('compliance.flags', {});
    const described = flags.map((f) => [f.field, ...f.parties.map((p) => p.name).sort()]).sort();
    expect(described).toEqual([
      ['address', '丙', '乙'],
      ['address', '乙', '甲'],
      ['phone', '林顧問', '甲'],
    ]);
    const advisorFlag = flags.find((f) => f.field === 'phone')!;
    expect(advisorFlag.parties).toEqual([
      { kind: 'advisor', clientId: null, name: '林顧問' },
      { kind: 'client', clientId: a, name: '甲' },
    ]);

    const reviewed = await kit.call('compliance.reviewFlag', {
      key: advisorFlag.key,
      note: '顧問為客戶之子，已申報',
    });
    expect(reviewed.review).toMatchObject({ reviewer: '林顧問', note: '顧問為客戶之子，已申報' });
    expect((await kit.call('compliance.flags', {})).map((f) => f.key)).not.toContain(advisorFlag.key);
    const all = await kit.call('compliance.flags', { includeReviewed: true });
    expect(all.find((f) => f.key === advisorFlag.key)!.review?.note).toBe('顧問為客戶之子，已申報');

    const audit = (await kit.call('audit.list', {})).items.find((x) => x.action === 'compliance.flag_review');
    expect(audit).toMatchObject({ entity: 'client', entityId: a, detail: 'field phone' });
    expect((await kit.fail('compliance.reviewFlag', { key: 'phone|x|y|0', note: 'n' })).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('compliance dashboard', () => {
  it('counts open complaints and pending data requests with their overdue ones, KYC due and overrides', async () => {
    const clientId = await kit.addClient();
    const base = {
      clientId,
      receivedVia: 'phone' as const,
      subject: '服務態度',
      productId: null,
      details: null,
    };
    await kit.call('complaints.add', { data: { ...base, receivedOn: '2026-10-01' } });
    await kit.call('complaints.add', { data: { ...base, receivedOn: '2026-11-25' } });
    await kit.call('privacy.addRequest', {
      data: {
        clientId,
        kind: 'see',
        receivedOn: '2026-11-29',
        identityCheckedBy: '林專員',
        identityMethod: 'passport',
        details: null,
      },
    });
    const cards = await kit.call('compliance.dashboard', {});
    expect(cards.map((c) => c.key)).toEqual([
      'kycDue',
      'overridesPending',
      'complaintsOpen',
      'dataRequestsOpen',
      'escalationsOpen',
      'auditChain',
      'backupAge',
    ]);
    expect(cards.find((c) => c.key === 'complaintsOpen')).toEqual({
      key: 'complaintsOpen',
      path: '/compliance?tab=complaints',
      count: 2,
      alert: true,
      figure: 1,
    });
    expect(cards.find((c) => c.key === 'dataRequestsOpen')).toMatchObject({
      count: 1,
      alert: false,
      figure: 0,
    });
    expect(cards.find((c) => c.key === 'kycDue')).toMatchObject({ count: 0, path: '/compliance?tab=kyc' });
    expect(cards.find((c) => c.key === 'overridesPending')).toMatchObject({ count: 0, alert: false });
    // Never backed up: red, no age.
    expect(cards.find((c) => c.key === 'backupAge')).toMatchObject({
      alert: true,
      figure: null,
      path: '/settings',
    });
  });

  it('shows the audit chain intact, then names the first broken entry after a row is edited in the database', async () => {
    await kit.addClient();
    const intact = (await kit.call('compliance.dashboard', {})).find((c) => c.key === 'auditChain')!;
    expect(intact).toMatchObject({ alert: false, figure: null, path: '/compliance?tab=audit' });
    expect(intact.count).toBeGreaterThan(1);
    const db = kit.core.session.database();
    db.exec('DROP TRIGGER audit_log_kept; DROP TRIGGER audit_log_kept_delete');
    const second = (
      db.prepare('SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 1').get() as { id: number }
    ).id;
    db.prepare("UPDATE audit_log SET detail = 'edited' WHERE id = ?").run(second);
    const broken = (await kit.call('compliance.dashboard', {})).find((c) => c.key === 'auditChain')!;
    expect(broken).toMatchObject({ alert: true, figure: second });
  });
});
