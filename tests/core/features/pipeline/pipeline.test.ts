import { describe, expect, it } from 'vitest';
import { periodOf, previousPeriodOf, type PipelineMoveInput } from '../../../../shared/features/pipeline';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z'); // 2026-11-30 in Taipei

const move = (
  clientId: string,
  stage: PipelineMoveInput['stage'],
  on: string,
  lostReason: string | null = null,
) => kit.call('pipeline.move', { data: { clientId, stage, on, lostReason } });

describe('calendar periods', () => {
  it('finds the month and quarter of a day, and the one before, across a year end and February', () => {
    expect(periodOf('2026-11-30', 'month')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(periodOf('2024-02-10', 'month')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('2026-11-30', 'quarter')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(previousPeriodOf('2026-01-15', 'month')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(previousPeriodOf('2026-02-01', 'quarter')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });
});

describe('the prospect pipeline', () => {
  it('moves a prospect through the stages, keeps each day, and closes it when the account opens', async () => {
    const clientId = await kit.addClient({
      name: '陳潛在',
      status: 'prospect',
      acquisitionSource: 'seminar',
    });
    await move(clientId, 'lead', '2026-11-02');
    await move(clientId, 'meeting', '2026-11-10'); // a stage may be skipped
    const opened = await move(clientId, 'account_opened', '2026-11-20');
    expect(opened).toMatchObject({
      clientName: '陳潛在',
      source: 'seminar',
      stage: 'account_opened',
      since: '2026-11-20',
      enteredOn: '2026-11-02',
    });
    expect(opened.history.map((m) => m.stage)).toEqual(['lead', 'meeting', 'account_opened']);
    expect(await kit.call('pipeline.list', {})).toEqual([]);
    expect(await kit.call('pipeline.list', { includeClosed: true })).toHaveLength(1);
    const closed = await kit.fail('pipeline.move', {
      data: { clientId, stage: 'lost', on: '2026-11-25', lostReason: 'x' },
    });
    expect(closed.details).toMatchObject({ issues: [{ message: 'validation.pipelineClosed' }] });
    const audit = (await kit.call('audit.list', {})).items.filter((x) => x.action === 'pipeline.move');
    expect(audit.map((x) => x.detail)).toEqual(['stage account_opened', 'stage meeting', 'stage lead']);
  });

  it('asks why a prospect was lost, and refuses a day in the future or before the last stage', async () => {
    const clientId = await kit.addClient({ status: 'prospect' });
    await move(clientId, 'contacted', '2026-11-10');
    const noReason = await kit.fail('pipeline.move', {
      data: { clientId, stage: 'lost', on: '2026-11-12', lostReason: null },
    });
    expect(noReason.details).toMatchObject({
      issues: [{ path: ['data', 'lostReason'], message: 'validation.lostReason' }],
    });
    const early = await kit.fail('pipeline.move', {
      data: { clientId, stage: 'meeting', on: '2026-11-09', lostReason: null },
    });
    expect(early.details).toMatchObject({ issues: [{ message: 'validation.stageBeforeLast' }] });
    const future = await kit.fail('pipeline.move', {
      data: { clientId, stage: 'meeting', on: '2026-12-01', lostReason: null },
    });
    expect(future.details).toMatchObject({ issues: [{ message: 'validation.futureDate' }] });
    const lost = await move(clientId, 'lost', '2026-11-12', '已有往來券商');
    expect([lost.stage, lost.lostReason]).toEqual(['lost', '已有往來券商']);
  });

  it('counts accounts opened against the target, the growth on the previous period, and conversions by stage and source', async () => {
    await kit.call('settings.update', { pipeline: { targetPeriod: 'month', targetAccounts: 3 } });
    const prospect = (source: 'referral' | 'seminar') =>
      kit.addClient({ status: 'prospect', acquisitionSource: source });
    // October: one account opened. November: two, one lost after a meeting, one still a lead.
    const a = await prospect('referral');
    await move(a, 'lead', '2026-10-01');
    await move(a, 'account_opened', '2026-10-20');
    const b = await prospect('referral');
    await move(b, 'lead', '2026-10-15');
    await move(b, 'contacted', '2026-10-16');
    await move(b, 'meeting', '2026-11-01');
    await move(b, 'kyc_done', '2026-11-03');
    await move(b, 'account_opened', '2026-11-05');
    const c = await prospect('seminar');
    await move(c, 'lead', '2026-11-02');
    await move(c, 'contacted', '2026-11-03');
    await move(c, 'meeting', '2026-11-04');
    await move(c, 'account_opened', '2026-11-29');
    const d = await prospect('seminar');
    await move(d, 'lead', '2026-11-06');
    await move(d, 'meeting', '2026-11-07');
    await move(d, 'lost', '2026-11-08', '費用考量');
    const e = await prospect('seminar');
    await move(e, 'lead', '2026-11-10');

    const report = await kit.call('pipeline.report', {});
    expect(report.current).toEqual({ from: '2026-11-01', to: '2026-11-30', opened: 2 });
    expect(report.previous).toEqual({ from: '2026-10-01', to: '2026-10-31', opened: 1 });
    expect([report.target, report.growthRate]).toEqual([3, 1]);
    // Reached: lead 5; contacted (b, c, and a/d who skipped past it) 4; meeting 4; kyc_done 3; opened 3.
    expect(report.funnel.map((f) => [f.stage, f.reached])).toEqual([
      ['lead', 5],
      ['contacted', 4],
      ['meeting', 4],
      ['kyc_done', 3],
      ['account_opened', 3],
    ]);
    expect(report.funnel.map((f) => f.conversion)).toEqual([null, 0.8, 1, 0.75, 1]);
    expect(report.bySource).toEqual([
      { source: 'referral', entered: 2, opened: 2, lost: 0, conversion: 1 },
      { source: 'seminar', entered: 3, opened: 1, lost: 1, conversion: 1 / 3 },
    ]);
    // The quarter holds all three openings; a monthly target of 3 is 9 a quarter; no openings before.
    const quarter = await kit.call('pipeline.report', { period: 'quarter' });
    expect([quarter.current.opened, quarter.previous.opened, quarter.target, quarter.growthRate]).toEqual([
      3,
      0,
      9,
      null,
    ]);
  });

  it('forgets a deleted client’s stages', async () => {
    const clientId = await kit.addClient({ name: '刪除者', status: 'prospect' });
    await move(clientId, 'lead', '2026-11-01');
    await kit.call('clients.delete', {
      id: clientId,
      reason: '客戶請求刪除',
      confirmName: '刪除者',
    } as never);
    expect(await kit.call('pipeline.list', { includeClosed: true })).toEqual([]);
    expect(
      (
        await kit.fail('pipeline.move', {
          data: { clientId, stage: 'contacted', on: '2026-11-02', lostReason: null },
        })
      ).code,
    ).toBe('NOT_FOUND');
  });
});
