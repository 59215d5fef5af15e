import { describe, expect, it } from 'vitest';
import type { ActivityInput } from '../../../../shared/features/activities';
import {
  createActivitiesService,
  activitiesServicePlanSource,
} from '../../../../electron/core/features/activities';
import { createClientsService } from '../../../../electron/core/features/clients';
import { SettingsRepository } from '../../../../electron/core/features/settings';
import { perDatabaseOf, type CoreContext } from '../../../../electron/core/kernel/context';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z'); // Monday 2026-11-30 in Taipei

const call = (date: string, subject = '追蹤基金配息', time: string | null = null): ActivityInput => ({
  kind: 'contact',
  date,
  time,
  channel: 'phone',
  direction: 'out',
  subject,
  materials: null,
  outcome: null,
});

const plan = (date: string, time: string | null = '10:00'): ActivityInput => ({
  kind: 'visit_plan',
  date,
  time,
  place: '客戶辦公室',
  agenda: '年度投資組合檢視',
  objectives: null,
  materials: '對帳單',
});

/** The activities service over the kit's open vault (what app.ts hands the tiers feature). */
function servicePlanSource() {
  const perDatabase = perDatabaseOf(kit.core.session);
  const settings = perDatabase((db) => new SettingsRepository(db));
  const now = () => Date.parse('2026-11-30T02:00:00Z');
  const context: CoreContext = {
    session: kit.core.session,
    perDatabase,
    settings: () => settings().get(),
    fxRates: () => settings().get().fxRates,
    now,
    nowIso: () => new Date(now()).toISOString(),
    documents: null as never,
    version: 'test',
    schemaVersion: 0,
  };
  return activitiesServicePlanSource(createActivitiesService(context, createClientsService(context)));
}

describe('activities', () => {
  it('keeps one timeline per client, newest first by date and time, each change audited by kind only', async () => {
    const clientId = await kit.addClient();
    const other = await kit.addClient();
    const a = await kit.call('activities.add', { clientId, activity: call('2026-11-20', '第一通') });
    const b = await kit.call('activities.add', { clientId, activity: call('2026-11-28', '下午', '15:30') });
    const c = await kit.call('activities.add', { clientId, activity: call('2026-11-28', '上午', '09:00') });
    const d = await kit.call('activities.add', { clientId, activity: plan('2026-12-03') });
    await kit.call('activities.add', { clientId: other, activity: call('2026-11-29') });
    const timeline = await kit.call('activities.timeline', { clientId });
    expect(timeline.activities.map((x) => x.id)).toEqual([d.id, b.id, c.id, a.id]);
    expect(timeline.activities[1]).toMatchObject({
      kind: 'contact',
      channel: 'phone',
      direction: 'out',
      subject: '下午',
    });

    await kit.call('activities.delete', { id: a.id, version: 1 });
    const audit = (await kit.call('audit.list', {})).items.filter((x) => x.action.startsWith('activity.'));
    expect(audit.map((x) => [x.action, x.entityId, x.detail])).toEqual([
      ['activity.delete', clientId, 'kind contact'],
      ['activity.add', other, 'kind contact'],
      ['activity.add', clientId, 'kind visit_plan'],
      ['activity.add', clientId, 'kind contact'],
      ['activity.add', clientId, 'kind contact'],
      ['activity.add', clientId, 'kind contact'],
    ]);
    expect(JSON.stringify(audit)).not.toContain('第一通');
  });

  it('refuses a record dated after today (in Taipei) and an empty subject, with zh-TW message keys; a plan may lie ahead', async () => {
    const clientId = await kit.addClient();
    const future = await kit.fail('activities.add', { clientId, activity: call('2026-12-01') });
    expect(future.code).toBe('VALIDATION');
    expect(future.details).toMatchObject({
      issues: [{ path: ['activity', 'date'], message: 'validation.activityFuture' }],
    });
    // 2026-11-30T17:00Z is already 1 December in Taipei: that day is today there.
    kit.setNow('2026-11-30T17:00:00Z');
    await kit.call('activities.add', { clientId, activity: call('2026-12-01') });

    const blank = await kit.core.invoke('activities.add', { clientId, activity: call('2026-11-30', '   ') });
    expect(blank.ok).toBe(false);
    if (!blank.ok) {
      expect(blank.error.code).toBe('VALIDATION');
      expect(JSON.stringify(blank.error.details)).toContain('validation.required');
    }
    const nul = await kit.core.invoke('activities.add', {
      clientId,
      activity: call('2026-11-30', 'a\u0000b'),
    });
    expect(nul.ok).toBe(false);
    const score = await kit.core.invoke('activities.add', {
      clientId,
      activity: { kind: 'interview', date: '2026-11-30', satisfaction: 6, comments: null },
    });
    expect(score.ok || JSON.stringify(score.error.details)).toContain('validation.satisfaction');

    expect((await kit.call('activities.add', { clientId, activity: plan('2027-03-01') })).kind).toBe(
      'visit_plan',
    );
  });

  it('completes a plan into a visit record once, with its follow-ups; the plan leaves the home page', async () => {
    const clientId = await kit.addClient({ name: '王小明' });
    const p = await kit.call('activities.add', { clientId, activity: plan('2026-11-30') });
    expect((await kit.call('activities.home', {})).visits.map((v) => v.activityId)).toEqual([p.id]);

    const record = {
      kind: 'visit' as const,
      date: '2026-11-30',
      time: '10:00',
      place: '客戶辦公室',
      attendees: '王小明、王太太',
      discussed: '檢視投資組合，討論退休規劃',
      needs: '希望降低波動',
      review: true,
    };
    const visit = await kit.call('activities.completePlan', {
      planId: p.id,
      version: 1,
      record,
      followUps: [{ title: '寄送保守型配置建議', dueOn: '2026-12-04' }],
    });
    expect(visit).toMatchObject({ kind: 'visit', planId: p.id, review: true });
    const timeline = await kit.call('activities.timeline', { clientId });
    expect(timeline.activities.find((x) => x.id === p.id)).toMatchObject({
      completedBy: visit.id,
      version: 2,
    });
    expect(timeline.followUps).toMatchObject([
      { title: '寄送保守型配置建議', activityId: visit.id, doneOn: null },
    ]);

    const again = await kit.fail('activities.completePlan', { planId: p.id, version: 2, record });
    expect(again.details).toMatchObject({ issues: [{ message: 'validation.planCompleted' }] });
    const stale = await kit.call('activities.add', { clientId, activity: plan('2026-12-01') });
    expect((await kit.fail('activities.completePlan', { planId: stale.id, version: 9, record })).code).toBe(
      'CONFLICT',
    );

    const home = await kit.call('activities.home', {});
    expect(home.visits.map((v) => [v.activityId, v.clientName, v.date])).toEqual([
      [stale.id, '王小明', '2026-12-01'],
    ]);
  });

  it('lists follow-ups due by the clock: late, today and this week; done ones leave', async () => {
    const clientId = await kit.addClient({ name: '陳大文' });
    const add = (title: string, dueOn: string) =>
      kit.call('activities.addFollowUp', { clientId, followUp: { title, dueOn } });
    const late = await add('補件', '2026-11-25');
    await add('本週', '2026-12-06');
    await add('下週', '2026-12-07');
    const home = await kit.call('activities.home', {});
    expect(home).toMatchObject({ today: '2026-11-30', weekEnd: '2026-12-06', followUpsTotal: 2 });
    expect(home.followUps.map((f) => [f.title, f.late, f.clientName])).toEqual([
      ['補件', true, '陳大文'],
      ['本週', false, '陳大文'],
    ]);
    const done = await kit.call('activities.setFollowUpDone', { id: late.id, version: 1, done: true });
    expect(done.doneOn).toBe('2026-11-30');
    kit.setNow('2026-12-01T02:00:00Z');
    expect((await kit.call('activities.home', {})).followUps.map((f) => f.title)).toEqual(['本週', '下週']);
    const audit = (await kit.call('audit.list', {})).items.find((x) => x.action === 'followup.set_state');
    expect(audit?.detail).toBe('state done');
  });

  it('shows birthdays this week, 29 February on 28 February in a common year, never a closed client', async () => {
    await kit.addClient({ name: '甲', birthDate: '1980-12-02' });
    await kit.addClient({ name: '乙', birthDate: '1970-11-30' });
    await kit.addClient({ name: '丙', birthDate: '1990-12-08' });
    await kit.addClient({ name: '丁', birthDate: '1960-12-03', status: 'closed' });
    const home = await kit.call('activities.home', {});
    expect(home.birthdays.map((b) => [b.clientName, b.on])).toEqual([
      ['乙', '2026-11-30'],
      ['甲', '2026-12-02'],
    ]);
    await kit.addClient({ name: '戊', birthDate: '1988-02-29' });
    expect(
      (await kit.call('activities.home', { asOf: '2027-02-25' })).birthdays.map((b) => [b.clientName, b.on]),
    ).toEqual([['戊', '2027-02-28']]);
    expect((await kit.call('activities.home', { asOf: '2028-02-25' })).birthdays.map((b) => b.on)).toEqual([
      '2028-02-29',
    ]);
  });

  it('answers each client latest contact and portfolio review for the service plans', async () => {
    const [a, b, c] = [await kit.addClient(), await kit.addClient(), await kit.addClient()];
    await kit.call('activities.add', { clientId: a, activity: call('2026-10-01') });
    const latest = await kit.call('activities.add', { clientId: a, activity: call('2026-11-15') });
    await kit.call('activities.add', {
      clientId: a,
      activity: { kind: 'interview', date: '2026-09-01', satisfaction: 4, comments: null, review: true },
    });
    // An interview that is no review is still a contact; a plan is neither.
    await kit.call('activities.add', {
      clientId: b,
      activity: { kind: 'interview', date: '2026-11-20', satisfaction: 5, comments: null, review: false },
    });
    await kit.call('activities.add', { clientId: c, activity: plan('2026-12-10') });

    const source = servicePlanSource();
    expect(source.lastContacts()).toEqual(
      new Map([
        [a, { lastContact: '2026-11-15', lastReview: '2026-09-01' }],
        [b, { lastContact: '2026-11-20' }],
      ]),
    );
    expect(source.lastContacts([b, c])).toEqual(new Map([[b, { lastContact: '2026-11-20' }]]));
    // Deleting the latest contact brings back the one before.
    await kit.call('activities.delete', { id: latest.id, version: 1 });
    expect(servicePlanSource().lastContacts([a]).get(a)).toEqual({
      lastContact: '2026-10-01',
      lastReview: '2026-09-01',
    });
  });

  it('on client deletion, erases open plans and follow-ups and keeps the contact records', async () => {
    const clientId = await kit.addClient();
    await kit.call('activities.add', { clientId, activity: call('2026-11-01') });
    await kit.call('activities.add', { clientId, activity: plan('2026-12-10') });
    await kit.call('activities.addFollowUp', { clientId, followUp: { title: '回電', dueOn: '2026-12-01' } });
    await kit.core.clientDeletion.deleteClient(clientId, 'test');
    const timeline = await kit.call('activities.timeline', { clientId });
    expect(timeline.activities.map((x) => x.kind)).toEqual(['contact']);
    expect(timeline.followUps).toEqual([]);
    const refused = await kit.fail('activities.add', { clientId, activity: call('2026-11-02') });
    expect(refused.code).toBe('NOT_FOUND');
  });
});

describe('activities.addMany: one mailing logged for every selected client', () => {
  const mailing = {
    kind: 'contact' as const,
    date: '2026-11-30',
    channel: 'dm' as const,
    direction: 'out' as const,
    subject: '年終市場展望 DM',
    materials: '2027 展望',
  };

  it('adds one contact record to each client, moves their last contact, and writes one audit entry with the count', async () => {
    const ids = [await kit.addClient(), await kit.addClient(), await kit.addClient()];
    expect(await kit.call('activities.addMany', { clientIds: ids, activity: mailing })).toEqual({ added: 3 });
    for (const clientId of ids) {
      const { activities } = await kit.call('activities.timeline', { clientId });
      expect(activities).toMatchObject([
        {
          kind: 'contact',
          channel: 'dm',
          subject: '年終市場展望 DM',
          materials: '2027 展望',
          date: '2026-11-30',
        },
      ]);
    }
    const last = servicePlanSource().lastContacts(ids);
    expect(ids.map((id) => last.get(id)?.lastContact)).toEqual(['2026-11-30', '2026-11-30', '2026-11-30']);
    const audit = (await kit.call('audit.list', {})).items.filter((x) => x.action === 'activity.add_many');
    expect(audit).toMatchObject([{ entityId: null, detail: '3 rows' }]);
    expect(JSON.stringify(audit)).not.toContain('年終');
  });

  it('writes nothing when one client is deleted or unknown, or the date lies ahead, or an ID repeats', async () => {
    const kept = await kit.addClient();
    const gone = await kit.addClient();
    await kit.core.clientDeletion.deleteClient(gone, 'test');
    const deleted = await kit.fail('activities.addMany', { clientIds: [kept, gone], activity: mailing });
    expect(deleted).toMatchObject({
      code: 'NOT_FOUND',
      details: { issues: [{ path: ['clientIds', 1], message: 'validation.clientGone' }] },
    });
    const unknown = await kit.fail('activities.addMany', {
      clientIds: [kept, '00000000-0000-4000-8000-000000000000'],
      activity: mailing,
    });
    expect(unknown.code).toBe('NOT_FOUND');
    const future = await kit.fail('activities.addMany', {
      clientIds: [kept],
      activity: { ...mailing, date: '2026-12-01' },
    });
    expect(future).toMatchObject({ code: 'VALIDATION' });
    expect(JSON.stringify(future.details)).toContain('validation.activityFuture');
    const twice = await kit.fail('activities.addMany', { clientIds: [kept, kept], activity: mailing });
    expect(JSON.stringify(twice.details)).toContain('validation.duplicate');
    expect((await kit.call('activities.timeline', { clientId: kept })).activities).toEqual([]);
  });
});

describe('activities feed the tiers feature’s service plans (app.ts wiring)', () => {
  it('a logged call moves the client out of the overdue contacts; a review visit out of the overdue reviews', async () => {
    const clientId = await kit.addClient({ investableAssets: [{ currency: 'TWD', amount: 5_000_000 }] });
    await kit.call('tiers.recompute', {});
    // 一般: a contact every 180 days, a review every 12 months, counted from the day tiered.
    kit.setNow('2027-12-01T02:00:00Z');
    const kinds = async () =>
      (await kit.call('tiers.overdue', {})).rows.filter((r) => r.clientId === clientId).map((r) => r.kind);
    expect(await kinds()).toEqual(expect.arrayContaining(['contact', 'review']));

    await kit.call('activities.add', { clientId, activity: call('2027-12-01') });
    expect(await kinds()).not.toContain('contact');
    expect(await kinds()).toContain('review');
    await kit.call('activities.add', {
      clientId,
      activity: { kind: 'visit', date: '2027-12-01', discussed: '年度檢視', review: true },
    });
    expect(await kinds()).not.toContain('review');
  });
});
