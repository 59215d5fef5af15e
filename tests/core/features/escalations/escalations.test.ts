import { describe, expect, it } from 'vitest';
import type { EscalationInput } from '../../../../shared/features/escalations';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z'); // 10:00 on 2026-11-30 in Taipei

function escalation(clientId: string, overrides: Partial<EscalationInput> = {}): EscalationInput {
  return {
    clientId,
    kind: 'unusual_transaction',
    severity: 'high',
    raisedAt: '2026-11-30T09:00:00+08:00',
    description: '客戶要求將贖回款匯入第三人帳戶',
    toldWhom: '陳經理（分公司主管）',
    toldAt: '2026-11-30T09:30:00+08:00',
    ...overrides,
  };
}

describe('escalations', () => {
  it('raises an anomaly with a due time by severity, records each action, and resolves it; audited by codes only', async () => {
    const clientId = await kit.addClient({ name: '王小明' });
    const raised = await kit.call('escalations.raise', { data: escalation(clientId) });
    expect(raised).toMatchObject({
      clientName: '王小明',
      state: 'open',
      raisedAt: '2026-11-30T01:00:00.000Z',
      dueAt: '2026-12-01T01:00:00.000Z', // high: 24 hours
      overdue: false,
      resolvedAt: null,
      actions: [],
    });

    kit.setNow('2026-11-30T03:00:00Z');
    const acted = await kit.call('escalations.act', {
      id: raised.id,
      version: 1,
      data: { text: '已暫停該筆匯款並通知法遵', state: 'in_progress' },
    });
    expect(acted.actions).toEqual([
      {
        at: '2026-11-30T03:00:00.000Z',
        text: '已暫停該筆匯款並通知法遵',
        state: 'in_progress',
        by: '林顧問',
      },
    ]);
    // In progress is still unresolved: the default list keeps it.
    expect((await kit.call('escalations.list', { state: 'unresolved' })).map((e) => e.id)).toEqual([
      raised.id,
    ]);
    const stale = await kit.fail('escalations.act', {
      id: raised.id,
      version: 1,
      data: { text: 'x', state: 'resolved' },
    });
    expect(stale.code).toBe('CONFLICT');

    kit.setNow('2026-11-30T06:00:00Z');
    const resolved = await kit.call('escalations.act', {
      id: raised.id,
      version: 2,
      data: { text: '客戶確認為本人贖回，撤回要求', state: 'resolved' },
    });
    expect([resolved.state, resolved.resolvedAt, resolved.overdue]).toEqual([
      'resolved',
      '2026-11-30T06:00:00.000Z',
      false,
    ]);
    expect(await kit.call('escalations.list', { state: 'unresolved' })).toEqual([]);
    const again = await kit.fail('escalations.act', {
      id: raised.id,
      version: 3,
      data: { text: 'x', state: 'in_progress' },
    });
    expect(again.code).toBe('CONFLICT');

    const audit = (await kit.call('audit.list', {})).items.filter((x) => x.action.startsWith('escalation.'));
    expect(audit.map((x) => [x.action, x.entityId, x.detail])).toEqual([
      ['escalation.act', clientId, 'state resolved'],
      ['escalation.act', clientId, 'state in_progress'],
      ['escalation.raise', clientId, 'kind unusual_transaction, severity high'],
    ]);
    expect(JSON.stringify(audit)).not.toContain('第三人');
  });

  it('flags an unresolved escalation once its severity’s hours have passed, and one resolved late', async () => {
    const clientId = await kit.addClient();
    const critical = await kit.call('escalations.raise', {
      data: escalation(clientId, { severity: 'critical', kind: 'misappropriation' }),
    });
    const low = await kit.call('escalations.raise', { data: escalation(clientId, { severity: 'low' }) });
    expect(critical.dueAt).toBe('2026-11-30T05:00:00.000Z'); // 4 hours after 09:00 Taipei
    expect(low.dueAt).toBe('2026-12-07T01:00:00.000Z'); // 168 hours

    kit.setNow('2026-11-30T05:00:00Z'); // exactly due: not yet late
    expect((await kit.call('escalations.list', {})).map((e) => e.overdue)).toEqual([false, false]);
    kit.setNow('2026-11-30T05:00:01Z');
    const listed = await kit.call('escalations.list', {});
    expect(listed.map((e) => [e.severity, e.overdue])).toEqual([
      ['critical', true],
      ['low', false],
    ]);
    const resolvedLate = await kit.call('escalations.act', {
      id: critical.id,
      version: 1,
      data: { text: '已報告稽核', state: 'resolved' },
    });
    expect(resolvedLate.overdue).toBe(true);
    // A firm that sets its own hours gets them for the next escalation raised.
    await kit.call('settings.update', {
      escalations: { responseHours: { critical: 2, high: 8, medium: 48, low: 120 } },
    });
    const next = await kit.call('escalations.raise', { data: escalation(clientId, { severity: 'high' }) });
    expect(next.dueAt).toBe('2026-11-30T09:00:00.000Z');
  });

  it('refuses a time in the future, a report before the anomaly was noticed, an empty description, and writes nothing', async () => {
    const clientId = await kit.addClient();
    const future = await kit.fail('escalations.raise', {
      data: escalation(clientId, {
        raisedAt: '2026-11-30T11:00:00+08:00',
        toldAt: '2026-11-30T11:00:00+08:00',
      }),
    });
    expect(future.details).toMatchObject({
      issues: [{ path: ['data', 'raisedAt'], message: 'validation.futureTime' }],
    });
    const early = await kit.fail('escalations.raise', {
      data: escalation(clientId, { toldAt: '2026-11-30T08:00:00+08:00' }),
    });
    expect(early.details).toMatchObject({
      issues: [{ path: ['data', 'toldAt'], message: 'validation.toldBeforeRaised' }],
    });
    const empty = await kit.fail('escalations.raise', { data: escalation(clientId, { description: '   ' }) });
    expect(empty.code).toBe('VALIDATION');
    const noTime = await kit.fail('escalations.raise', {
      data: escalation(clientId, { raisedAt: '2026-11-30' }),
    });
    expect(noTime.code).toBe('VALIDATION');
    expect(await kit.call('escalations.list', {})).toEqual([]);
  });

  it('takes no escalation for a deleted client, and keeps its escalations while its feedback goes', async () => {
    const clientId = await kit.addClient({ name: '李大華' });
    await kit.call('escalations.raise', { data: escalation(clientId) });
    await kit.call('feedback.add', {
      data: {
        clientId,
        receivedOn: '2026-11-29',
        topic: 'market_view',
        tags: ['fx'],
        summary: '擔心台幣升值',
        productId: null,
      },
    });
    await kit.call('clients.delete', {
      id: clientId,
      reason: '客戶請求刪除',
      confirmName: '李大華',
    } as never);
    const refused = await kit.fail('escalations.raise', { data: escalation(clientId) });
    expect(refused.code).toBe('NOT_FOUND');
    expect(await kit.call('escalations.list', { clientId })).toHaveLength(1);
    expect(await kit.call('feedback.list', { clientId })).toEqual([]);
  });
});

describe('client feedback', () => {
  it('files feedback under analysis tags and counts it by tag, topic and month of a period', async () => {
    const a = await kit.addClient({ name: '甲' });
    const b = await kit.addClient({ name: '乙' });
    const add = (
      clientId: string,
      receivedOn: string,
      topic: 'product' | 'service' | 'market_view',
      tags: string[],
    ) =>
      kit.call('feedback.add', {
        data: { clientId, receivedOn, topic, tags: tags as never, summary: '意見', productId: null },
      });
    await add(a, '2026-09-30', 'market_view', ['fx']); // before the period
    await add(a, '2026-10-01', 'market_view', ['fx', 'rates']);
    await add(b, '2026-10-15', 'product', ['funds', 'fees']);
    await add(b, '2026-11-02', 'market_view', ['fx']);
    await add(a, '2026-11-30', 'service', ['service_quality']);

    const report = await kit.call('feedback.report', { period: { from: '2026-10-01', to: '2026-11-30' } });
    expect(report.months).toEqual(['2026-10', '2026-11']);
    expect(report.entries).toBe(4);
    const byTag = Object.fromEntries(report.rows.map((r) => [r.tag, [r.byMonth, r.total]]));
    expect(byTag).toEqual({
      fx: [[1, 1], 2],
      rates: [[1, 0], 1],
      funds: [[1, 0], 1],
      fees: [[1, 0], 1],
      service_quality: [[0, 1], 1],
    });
    expect(report.rows.find((r) => r.tag === 'fx')!.byTopic).toMatchObject({ market_view: 2, product: 0 });
    expect((await kit.call('feedback.list', { clientId: b })).map((f) => f.tags)).toEqual([
      ['fx'],
      ['funds', 'fees'],
    ]);
  });

  it('refuses no tags, a future day and a period that ends before it starts', async () => {
    const clientId = await kit.addClient();
    const base = {
      clientId,
      receivedOn: '2026-11-30',
      topic: 'product' as const,
      summary: '意見',
      productId: null,
    };
    const noTags = await kit.fail('feedback.add', { data: { ...base, tags: [] } });
    expect(noTags.details).toMatchObject({ issues: [{ message: 'validation.feedbackTags' }] });
    const future = await kit.fail('feedback.add', {
      data: { ...base, tags: ['fx'], receivedOn: '2026-12-01' },
    });
    expect(future.details).toMatchObject({ issues: [{ message: 'validation.futureDate' }] });
    const backwards = await kit.fail('feedback.report', { period: { from: '2026-11-30', to: '2026-11-01' } });
    expect(backwards.code).toBe('VALIDATION');
    expect(await kit.call('feedback.list', {})).toEqual([]);
  });
});
