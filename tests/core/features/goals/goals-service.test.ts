import { describe, expect, it } from 'vitest';
import type { GoalInput } from '../../../../shared/features/goals';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z'); // 2026-11-30 in Taipei

const FUNDING = {
  initialTwd: 1_000_000,
  monthlyContributionTwd: 20_000,
  monthlyWithdrawalTwd: 0,
  withdrawalYears: 0,
};

function retirement(overrides: Partial<GoalInput> = {}): GoalInput {
  return {
    kind: 'retirement',
    name: '退休生活',
    targetDate: '2035-05-01',
    amountTwd: 14_400_000,
    inTodaysMoney: true,
    priority: 'essential',
    funding: { ...FUNDING, monthlyWithdrawalTwd: 60_000, withdrawalYears: 20 },
    retirementAge: 65,
    monthlySpendingTwd: 60_000,
    educationYear: null,
    notes: null,
    ...overrides,
  };
}

function education(overrides: Partial<GoalInput> = {}): GoalInput {
  return {
    kind: 'education',
    name: '女兒留學',
    targetDate: '2032-09-01',
    amountTwd: 3_000_000,
    inTodaysMoney: false,
    priority: 'important',
    funding: FUNDING,
    retirementAge: null,
    monthlySpendingTwd: null,
    educationYear: 2032,
    notes: null,
    ...overrides,
  };
}

describe('goals', () => {
  it('adds, lists by target date, changes and deletes a goal, each audited on the client by kind', async () => {
    const clientId = await kit.addClient({ birthDate: '1970-05-01' });
    const r = await kit.call('goals.create', { clientId, data: retirement() });
    const e = await kit.call('goals.create', { clientId, data: education() });
    expect(r).toMatchObject({ clientId, version: 1, kind: 'retirement', retirementAge: 65 });
    expect((await kit.call('goals.list', { clientId })).map((g) => g.id)).toEqual([e.id, r.id]);

    const changed = await kit.call('goals.update', {
      id: e.id,
      version: 1,
      data: education({ amountTwd: 4_000_000 }),
    });
    expect(changed).toMatchObject({ version: 2, amountTwd: 4_000_000, funding: FUNDING });
    const deleted = await kit.call('goals.delete', { id: r.id, version: 1 });
    expect(deleted.id).toBe(r.id);
    expect((await kit.call('goals.list', { clientId })).map((g) => g.id)).toEqual([e.id]);

    const audit = (await kit.call('audit.list', {})).items.filter((x) => x.action.startsWith('goal.'));
    expect(audit.map((x) => [x.action, x.entity, x.entityId, x.detail])).toEqual([
      ['goal.delete', 'client', clientId, 'kind retirement'],
      ['goal.update', 'client', clientId, 'kind education'],
      ['goal.create', 'client', clientId, 'kind education'],
      ['goal.create', 'client', clientId, 'kind retirement'],
    ]);
  });

  it('refuses an edit or a delete made on a stale copy, changing nothing', async () => {
    const clientId = await kit.addClient();
    const g = await kit.call('goals.create', { clientId, data: education() });
    await kit.call('goals.update', { id: g.id, version: 1, data: education({ name: '大學學費' }) });
    const stale = await kit.fail('goals.update', { id: g.id, version: 1, data: education({ name: '舊的' }) });
    expect(stale.code).toBe('CONFLICT');
    expect((await kit.fail('goals.delete', { id: g.id, version: 1 })).code).toBe('CONFLICT');
    expect((await kit.call('goals.list', { clientId }))[0]).toMatchObject({ name: '大學學費', version: 2 });
  });

  it('names the field of each problem: a past date, a school year too far, a retirement date off the birth date', async () => {
    const clientId = await kit.addClient({ birthDate: '1970-05-01' });
    const past = await kit.fail('goals.create', {
      clientId,
      data: education({ targetDate: '2026-11-30', educationYear: 2070 }),
    });
    expect(past.code).toBe('VALIDATION');
    expect(past.details).toEqual({
      issues: [
        { path: ['data', 'educationYear'], message: 'validation.goalEducationYear' },
        { path: ['data', 'targetDate'], message: 'validation.goalDateFuture' },
      ],
    });
    const offDate = await kit.fail('goals.create', {
      clientId,
      data: retirement({ targetDate: '2036-01-01' }),
    });
    expect(offDate.details).toEqual({
      issues: [{ path: ['data', 'targetDate'], message: 'validation.goalRetirementDate' }],
    });
    const missing = await kit.fail('goals.create', {
      clientId,
      data: retirement({ retirementAge: null, monthlySpendingTwd: null }),
    });
    expect(missing.details).toEqual({
      issues: [
        { path: ['data', 'retirementAge'], message: 'validation.required' },
        { path: ['data', 'monthlySpendingTwd'], message: 'validation.required' },
      ],
    });
    expect(await kit.call('goals.list', { clientId })).toEqual([]);
  });

  it('lets a goal whose date has passed be corrected, but not added', async () => {
    const clientId = await kit.addClient();
    const g = await kit.call('goals.create', { clientId, data: education() });
    kit.setNow('2033-01-01T02:00:00Z');
    const fixed = await kit.call('goals.update', {
      id: g.id,
      version: 1,
      data: education({ educationYear: 2033, notes: '延後一年' }),
    });
    expect(fixed.notes).toBe('延後一年');
  });

  it('goes with its client, and answers NOT_FOUND for an unknown client', async () => {
    const clientId = await kit.addClient();
    await kit.call('goals.create', { clientId, data: education() });
    const missing = await kit.fail('goals.list', { clientId: '00000000-0000-4000-8000-000000000000' });
    expect(missing.code).toBe('NOT_FOUND');
    const db = kit.core.session.database();
    db.prepare('DELETE FROM clients WHERE id = ?').run(clientId);
    expect(db.prepare('SELECT count(*) AS n FROM goals').get()).toEqual({ n: 0 });
  });
});
