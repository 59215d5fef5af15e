import { describe, expect, it } from 'vitest';
import type { ComplaintInput } from '../../../../shared/features/compliance';
import { coreKit } from '../kyc/core-kit';
import { productInput } from '../products/fixtures';

const kit = coreKit('2026-11-30T02:00:00Z'); // 2026-11-30 in Taipei

function complaint(clientId: string, overrides: Partial<ComplaintInput> = {}): ComplaintInput {
  return {
    clientId,
    receivedOn: '2026-11-20',
    receivedVia: 'phone',
    subject: '基金贖回款延遲入帳',
    productId: null,
    details: null,
    ...overrides,
  };
}

async function makeProfessional(clientId: string, effectiveOn: string): Promise<void> {
  const application = await kit.call('classes.apply', {
    clientId,
    investorClass: 'professional_natural',
    basis: 'natural_provable_assets',
    appliedOn: '2026-11-01',
    amounts: { provableAssetsTwd: 31_234_567 },
  });
  for (const type of ['balance_certificate', 'knowledge_experience_proof']) {
    await kit.call('classes.addEvidence', {
      applicationId: application.id,
      type,
      documentDate: '2026-10-31',
      checkedBy: '林專員',
      checkedOn: '2026-11-03',
    } as never);
  }
  await kit.call('classes.activate', { applicationId: application.id, effectiveOn });
}

describe('complaints', () => {
  it('logs, replies and closes a complaint with its product, deadlines shown, each step audited without its text', async () => {
    const clientId = await kit.addClient({ name: '王小明' });
    const product = await kit.call('products.create', { data: productInput() });
    const added = await kit.call('complaints.add', { data: complaint(clientId, { productId: product.id }) });
    expect(added).toMatchObject({
      clientName: '王小明',
      productName: '測試全球股票基金',
      state: 'open',
      replyDueOn: '2026-12-20',
      replyOverdue: false,
      ombudsmanApplies: true,
      ombudsmanUntil: '2027-02-18',
      ombudsmanState: 'not_yet',
    });

    const replied = await kit.call('complaints.reply', {
      id: added.id,
      version: 1,
      data: { reply: '已查明並補發款項', repliedOn: '2026-11-28' },
    });
    expect(replied).toMatchObject({
      state: 'replied',
      repliedOn: '2026-11-28',
      ombudsmanUntil: '2027-01-27',
    });
    expect(replied.ombudsmanState).toBe('open');
    const stale = await kit.fail('complaints.reply', {
      id: added.id,
      version: 1,
      data: { reply: 'x', repliedOn: '2026-11-28' },
    });
    expect(stale.code).toBe('CONFLICT');
    const closed = await kit.call('complaints.close', { id: added.id, version: 2 });
    expect(closed.state).toBe('closed');
    expect(await kit.call('complaints.list', { state: 'open' })).toEqual([]);

    const audit = (await kit.call('audit.list', {})).items.filter((x) => x.action.startsWith('complaint.'));
    expect(audit.map((x) => [x.action, x.entity, x.entityId, x.detail])).toEqual([
      ['complaint.close', 'client', clientId, null],
      ['complaint.reply', 'client', clientId, null],
      ['complaint.create', 'client', clientId, null],
    ]);
  });

  it('works out month-end deadlines: 1/31 + 30 days is 3/2, or 3/1 in a leap year', async () => {
    const clientId = await kit.addClient();
    const common = await kit.call('complaints.add', {
      data: complaint(clientId, { receivedOn: '2026-01-31' }),
    });
    const leap = await kit.call('complaints.add', {
      data: complaint(clientId, { receivedOn: '2024-01-31' }),
    });
    expect([common.replyDueOn, common.replyOverdue, common.ombudsmanUntil]).toEqual([
      '2026-03-02',
      true,
      '2026-05-01',
    ]);
    expect([leap.replyDueOn, leap.ombudsmanUntil, leap.ombudsmanState]).toEqual([
      '2024-03-01',
      '2024-04-30',
      'closed',
    ]);
  });

  it('counts days in the firm’s time zone, not UTC', async () => {
    const clientId = await kit.addClient();
    kit.setNow('2026-11-30T16:30:00Z'); // 2026-12-01 00:30 in Taipei, still 11-30 in UTC
    // Received "today" in Taipei is not a future date.
    await kit.call('complaints.add', { data: complaint(clientId, { receivedOn: '2026-12-01' }) });
    const due = await kit.call('complaints.add', { data: complaint(clientId, { receivedOn: '2026-11-01' }) });
    expect([due.replyDueOn, due.replyOverdue]).toEqual(['2026-12-01', false]);
    kit.setNow('2026-12-01T16:30:00Z'); // 12-02 in Taipei
    const later = (await kit.call('complaints.list', {})).find((c) => c.id === due.id)!;
    expect(later.replyOverdue).toBe(true);
    const future = await kit.fail('complaints.add', {
      data: complaint(clientId, { receivedOn: '2026-12-03' }),
    });
    expect(future.code).toBe('VALIDATION');
  });

  it('notes that a professional investor on the day received has no Ombudsman route', async () => {
    const clientId = await kit.addClient();
    await makeProfessional(clientId, '2026-11-05');
    const before = await kit.call('complaints.add', {
      data: complaint(clientId, { receivedOn: '2026-11-04' }),
    });
    const after = await kit.call('complaints.add', {
      data: complaint(clientId, { receivedOn: '2026-11-20' }),
    });
    expect([before.ombudsmanApplies, before.ombudsmanState]).toEqual([true, 'not_yet']);
    expect([after.ombudsmanApplies, after.ombudsmanState, after.ombudsmanUntil]).toEqual([
      false,
      'not_applicable',
      null,
    ]);
  });

  it('refuses a reply dated before receipt, an unknown client or product, and writes nothing', async () => {
    const clientId = await kit.addClient();
    const added = await kit.call('complaints.add', { data: complaint(clientId) });
    const early = await kit.fail('complaints.reply', {
      id: added.id,
      version: 1,
      data: { reply: '回覆', repliedOn: '2026-11-19' },
    });
    expect(early).toMatchObject({ code: 'VALIDATION' });
    expect((await kit.fail('complaints.add', { data: complaint(crypto.randomUUID()) })).code).toBe(
      'NOT_FOUND',
    );
    const noProduct = await kit.fail('complaints.add', {
      data: complaint(clientId, { productId: crypto.randomUUID() }),
    });
    expect(noProduct.code).toBe('NOT_FOUND');
    expect(await kit.call('complaints.list', {})).toHaveLength(1);
  });
});
