import { describe, expect, it } from 'vitest';
import type { RegulatoryUpdateInput } from '../../../../shared/features/regulatory-updates';
import { auditEntryDetailWords } from '../../../../shared/ipc/contract';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z');

function update(overrides: Partial<RegulatoryUpdateInput> = {}): RegulatoryUpdateInput {
  return {
    title: '高齡客戶商品適合度規範修正',
    issuer: 'fsc',
    reference: '金管證券字第1150000001號',
    issuedOn: '2026-11-20',
    effectiveOn: '2027-01-01',
    summary: '高齡客戶推介理由須記錄',
    link: 'https://www.fsc.gov.tw/',
    ...overrides,
  };
}

describe('the regulatory-update log', () => {
  it("adds, edits and acknowledges entries per advisor, keeping each advisor's first read", async () => {
    const first = await kit.call('regulatory.add', { data: update() });
    const second = await kit.call('regulatory.add', {
      data: update({ title: '洗錢防制指引', issuer: 'tsa', issuedOn: '2026-11-25' }),
    });
    expect(first).toMatchObject({ readAt: null, acknowledgements: [], attachment: null, version: 1 });
    expect(await kit.call('regulatory.unread', {})).toEqual({ count: 2 });
    expect((await kit.call('regulatory.list', { unreadOnly: true })).map((u) => u.id)).toEqual([
      second.id,
      first.id,
    ]);

    kit.setNow('2026-11-30T03:00:00Z');
    const read = await kit.call('regulatory.acknowledge', { id: first.id });
    expect(read.readAt).toBe('2026-11-30T03:00:00.000Z');
    kit.setNow('2026-11-30T04:00:00Z');
    expect((await kit.call('regulatory.acknowledge', { id: first.id })).readAt).toBe(
      '2026-11-30T03:00:00.000Z',
    );
    expect(await kit.call('regulatory.unread', {})).toEqual({ count: 1 });

    // Another advisor on this computer has not read it yet.
    await kit.call('settings.update', { advisorName: '陳襄理' });
    expect(await kit.call('regulatory.unread', {})).toEqual({ count: 2 });
    const byTwo = await kit.call('regulatory.acknowledge', { id: first.id });
    expect(byTwo.acknowledgements.map((a) => a.reader)).toEqual(['林顧問', '陳襄理']);

    const edited = await kit.call('regulatory.edit', {
      id: first.id,
      version: 1,
      data: update({ summary: '修正摘要' }),
    });
    expect(edited).toMatchObject({ summary: '修正摘要', version: 2 });
    const stale = await kit.fail('regulatory.edit', { id: first.id, version: 1, data: update() });
    expect(stale.code).toBe('CONFLICT');

    const audit = (await kit.call('audit.list', {})).items.filter((x) => x.action.startsWith('regulatory.'));
    expect(audit.map((x) => [x.action, x.entity, x.detail, x.actorName])).toContainEqual([
      'regulatory.create',
      'regulatory_update',
      'issuer tsa',
      '林顧問',
    ]);
    expect(audit.filter((x) => x.action === 'regulatory.acknowledge')).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toContain('洗錢');
    expect(auditEntryDetailWords('regulatory.create', 'issuer tsa', 'zh-TW')).toBe('證券商公會');
  });

  it('keeps an attached file in the vault and gives it back byte for byte', async () => {
    const entry = await kit.call('regulatory.add', { data: update({ link: null }) });
    const bytes = Buffer.from('%PDF-1.4 函令全文', 'utf8');
    const attached = await kit.call('regulatory.attach', {
      id: entry.id,
      version: 1,
      file: { fileName: '函令.pdf', base64: bytes.toString('base64') },
    });
    expect(attached.attachment).toEqual({ fileName: '函令.pdf', bytes: bytes.length });
    const back = await kit.call('regulatory.attachment', { id: entry.id });
    expect(Buffer.from(back.base64, 'base64').equals(bytes)).toBe(true);
    const bad = await kit.fail('regulatory.attach', {
      id: entry.id,
      version: 2,
      file: { fileName: '../x.pdf', base64: 'AAAA' },
    });
    expect(JSON.stringify(bad.details)).toContain('validation.fileName');
    const none = await kit.call('regulatory.add', { data: update() });
    expect((await kit.fail('regulatory.attachment', { id: none.id })).code).toBe('NOT_FOUND');
  });

  it('refuses an effective date before the issue date and a link that is not a web address', async () => {
    const order = await kit.fail('regulatory.add', { data: update({ effectiveOn: '2026-11-01' }) });
    expect(order.details).toMatchObject({
      issues: [{ path: ['data', 'effectiveOn'], message: 'validation.effectiveBeforeIssued' }],
    });
    const link = await kit.fail('regulatory.add', { data: update({ link: 'file:///etc/passwd' }) });
    expect(JSON.stringify(link.details)).toContain('validation.link');
    expect(await kit.call('regulatory.list', {})).toEqual([]);
  });
});
