import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/features/settings';
import { coreKit } from '../kyc/core-kit';
import { dataRequest } from './fixtures';

const kit = coreKit('2026-11-30T02:00:00Z'); // 2026-11-30 in Taipei

describe('personal-data requests', () => {
  it('takes the deadline from the settings in force when received: 15 days to copy, 30 to correct', async () => {
    const clientId = await kit.addClient({ name: '陳美玲' });
    const copy = await kit.call('privacy.addRequest', { data: dataRequest(clientId) });
    const correct = await kit.call('privacy.addRequest', {
      data: dataRequest(clientId, { kind: 'correct', receivedOn: '2026-01-31' }),
    });
    expect([copy.dueOn, copy.overdue, copy.clientName]).toEqual(['2026-12-05', false, '陳美玲']);
    expect([correct.dueOn, correct.overdue]).toEqual(['2026-03-02', true]);

    await kit.call('settings.update', {
      compliance: {
        ...DEFAULT_SETTINGS.compliance,
        dataRequestDays: { ...DEFAULT_SETTINGS.compliance.dataRequestDays, copy: 10 },
      },
    });
    const listed = await kit.call('privacy.requests', {});
    expect(listed.find((r) => r.id === copy.id)!.dueOn).toBe('2026-12-05');
    const newer = await kit.call('privacy.addRequest', { data: dataRequest(clientId) });
    expect(newer.dueOn).toBe('2026-11-30');
  });

  it('closes a request with its outcome, audited by kind and state only', async () => {
    const clientId = await kit.addClient();
    const stop = await kit.call('privacy.addRequest', { data: dataRequest(clientId, { kind: 'stop' }) });
    const closed = await kit.call('privacy.closeRequest', {
      id: stop.id,
      version: 1,
      data: { state: 'done', outcome: '已停止行銷利用', closedOn: '2026-11-25' },
    });
    expect(closed).toMatchObject({ state: 'done', closedOn: '2026-11-25', overdue: false });
    expect(await kit.call('privacy.requests', { openOnly: true })).toEqual([]);
    const again = await kit.fail('privacy.closeRequest', {
      id: stop.id,
      version: 2,
      data: { state: 'done', outcome: 'x', closedOn: '2026-11-25' },
    });
    expect(again.code).toBe('CONFLICT');
    const audit = (await kit.call('audit.list', {})).items.filter((x) => x.action.startsWith('privacy.'));
    expect(audit.map((x) => [x.action, x.entityId, x.detail])).toEqual([
      ['privacy.request_close', clientId, 'kind stop, state done'],
      ['privacy.request_create', clientId, 'kind stop'],
    ]);
  });

  it('a delete request is carried out by deleting the client, not closed as done by hand; it may be refused', async () => {
    const clientId = await kit.addClient();
    const del = await kit.call('privacy.addRequest', { data: dataRequest(clientId, { kind: 'delete' }) });
    const byHand = await kit.fail('privacy.closeRequest', {
      id: del.id,
      version: 1,
      data: { state: 'done', outcome: '已刪除', closedOn: '2026-11-25' },
    });
    expect(byHand.code).toBe('CONFLICT');
    const refused = await kit.call('privacy.closeRequest', {
      id: del.id,
      version: 1,
      data: { state: 'refused', outcome: '尚有未結清交易，依法保存', closedOn: '2026-11-25' },
    });
    expect(refused.state).toBe('refused');
  });

  it('carries out a delete request through client deletion: personal data gone, records kept, the timer shown', async () => {
    const clientId = await kit.addClient({
      name: '刪除我',
      phone: '0911-222-333',
      address: '台中市西區民生路1號',
    });
    await kit.call('complaints.add', {
      data: {
        clientId,
        receivedOn: '2026-11-02',
        receivedVia: 'phone',
        subject: '請刪除我的資料',
        productId: null,
        details: null,
      },
    });
    await kit.addClient({ name: '同號', phone: '0911222333' });
    expect(await kit.call('compliance.flags', {})).toHaveLength(1);
    const del = await kit.call('privacy.addRequest', { data: dataRequest(clientId, { kind: 'delete' }) });
    const done = await kit.call('privacy.deleteClient', { id: del.id, reason: '當事人請求刪除' });
    expect(done).toMatchObject({
      state: 'done',
      closedOn: '2026-11-30',
      retainedUntil: '2031-11-30',
      outcome: '當事人請求刪除',
    });
    // The contact details are gone (no flag can match them); the complaint log keeps its record.
    expect((await kit.call('compliance.flags', { includeReviewed: true })).length).toBe(0);
    expect((await kit.call('complaints.list', {})).map((c) => c.subject)).toEqual(['請刪除我的資料']);
    const audit = (await kit.call('audit.list', {})).items.map((x) => x.action);
    expect(audit).toContain('privacy.delete_client');
    expect(audit).toContain('privacy.request_create');

    // A second request while the records are held is refused by retention, and stays open.
    const again = await kit.call('privacy.addRequest', { data: dataRequest(clientId, { kind: 'delete' }) });
    const held = await kit.fail('privacy.deleteClient', { id: again.id, reason: '再次請求' });
    expect(held.code).toBe('RETENTION_HOLD');
    expect((await kit.call('privacy.requests', { openOnly: true })).map((r) => r.id)).toEqual([again.id]);
  });
});
