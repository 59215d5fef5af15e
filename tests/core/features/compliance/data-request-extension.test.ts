import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/features/settings';
import { coreKit } from '../kyc/core-kit';
import { dataRequest } from './fixtures';

/** A personal-data request's one extension (個人資料保護法 第 13 條). */

const kit = coreKit('2026-11-30T02:00:00Z'); // 2026-11-30 in Taipei

const issuesOf = (details: unknown) => (details as { issues: { path: unknown[]; message: string }[] }).issues;

describe('extending a personal-data request', () => {
  it("moves the deadline once by the kind's period from the due day, and is audited", async () => {
    const clientId = await kit.addClient({ name: '陳美玲' });
    const correct = await kit.call('privacy.addRequest', {
      data: dataRequest(clientId, { kind: 'correct', receivedOn: '2026-11-10' }),
    });
    expect([correct.dueOn, correct.extension]).toEqual(['2026-12-10', null]);
    const extended = await kit.call('privacy.extendRequest', {
      id: correct.id,
      version: correct.version,
      data: { extendedOn: '2026-11-30', reason: '需向保管機構調閱交易紀錄' },
    });
    expect(extended).toMatchObject({
      dueOn: '2027-01-09',
      overdue: false,
      version: 2,
      extension: {
        extendedOn: '2026-11-30',
        reason: '需向保管機構調閱交易紀錄',
        previousDueOn: '2026-12-10',
      },
    });
    const again = await kit.fail('privacy.extendRequest', {
      id: correct.id,
      version: 2,
      data: { extendedOn: '2026-11-30', reason: '再延一次' },
    });
    expect(again).toMatchObject({ code: 'CONFLICT', details: { reason: 'already_extended' } });
    const audit = (await kit.call('audit.list', {})).items.filter(
      (e) => e.action === 'privacy.request_extend',
    );
    expect(audit.map((e) => [e.entityId, e.detail])).toEqual([[clientId, 'kind correct']]);
    // The reason is the firm's words about the client: never in the audit detail.
    expect(JSON.stringify(audit)).not.toContain('調閱');
  });

  it('lifts the overdue flag of a request told in time, counted across a month end', async () => {
    const clientId = await kit.addClient();
    const copy = await kit.call('privacy.addRequest', {
      data: dataRequest(clientId, { receivedOn: '2026-11-14' }),
    });
    expect([copy.dueOn, copy.overdue]).toEqual(['2026-11-29', true]);
    const extended = await kit.call('privacy.extendRequest', {
      id: copy.id,
      version: 1,
      data: { extendedOn: '2026-11-28', reason: '資料量大' },
    });
    expect([extended.dueOn, extended.overdue]).toEqual(['2026-12-14', false]);
  });

  it('extends by at most what the law allows, even when the firm answers in a longer period', async () => {
    await kit.call('settings.update', {
      compliance: {
        ...DEFAULT_SETTINGS.compliance,
        dataRequestDays: { ...DEFAULT_SETTINGS.compliance.dataRequestDays, copy: 20 },
      },
    });
    const clientId = await kit.addClient();
    const copy = await kit.call('privacy.addRequest', { data: dataRequest(clientId) });
    expect(copy.dueOn).toBe('2026-12-10');
    const extended = await kit.call('privacy.extendRequest', {
      id: copy.id,
      version: 1,
      data: { extendedOn: '2026-11-30', reason: '資料量大' },
    });
    expect(extended.dueOn).toBe('2026-12-25'); // 15 days (個資法 第 13 條), not the firm's 20
  });

  it('is refused after the due day, before the request came in, in the future, or once closed', async () => {
    const clientId = await kit.addClient();
    const late = await kit.call('privacy.addRequest', {
      data: dataRequest(clientId, { receivedOn: '2026-10-31' }),
    });
    expect(late.dueOn).toBe('2026-11-15');
    const cases: [string, string][] = [
      ['2026-11-16', 'validation.extensionAfterDue'],
      ['2026-10-30', 'validation.dateOrder'],
      ['2026-12-01', 'validation.futureDate'],
    ];
    for (const [extendedOn, message] of cases) {
      const error = await kit.fail('privacy.extendRequest', {
        id: late.id,
        version: 1,
        data: { extendedOn, reason: '理由' },
      });
      expect(error.code).toBe('VALIDATION');
      expect(issuesOf(error.details)).toEqual([{ path: ['data', 'extendedOn'], message }]);
    }
    const open = await kit.call('privacy.addRequest', { data: dataRequest(clientId) });
    await kit.call('privacy.closeRequest', {
      id: open.id,
      version: 1,
      data: { state: 'done', outcome: '已提供', closedOn: '2026-11-25' },
    });
    const closed = await kit.fail('privacy.extendRequest', {
      id: open.id,
      version: 2,
      data: { extendedOn: '2026-11-25', reason: '理由' },
    });
    expect(closed.code).toBe('CONFLICT');
    expect((await kit.call('privacy.requests', {})).find((r) => r.id === late.id)!.version).toBe(1);
  });
});
