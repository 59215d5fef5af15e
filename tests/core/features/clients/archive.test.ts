import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONNAIRE } from '../../../../shared/features/kyc';
import { modest } from '../../../shared/features/kyc/fixtures';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z'); // Monday 30 November in Taipei

const lastAudit = () =>
  kit.core.session
    .database()
    .prepare('SELECT action, entity_id AS entityId, detail FROM audit_log ORDER BY id DESC LIMIT 1')
    .get();

describe('archiving a client', () => {
  it('sets and clears the mark with the version, audited; a stale version or a deleted client is refused', async () => {
    const id = await kit.addClient({ name: '封存者' });
    const before = await kit.call('clients.get', { id });
    expect(before.archivedAt).toBeUndefined();

    const archived = await kit.call('clients.archive', { id, archived: true, version: before.version });
    expect(archived).toMatchObject({ archivedAt: '2026-11-30T02:00:00.000Z', version: before.version + 1 });
    expect(lastAudit()).toEqual({ action: 'client.archive', entityId: id, detail: 'archived' });
    expect((await kit.fail('clients.archive', { id, archived: false, version: before.version })).code).toBe(
      'CONFLICT',
    );

    const restored = await kit.call('clients.archive', { id, archived: false, version: archived.version });
    expect(restored.archivedAt).toBeUndefined();
    expect(restored.version).toBe(before.version + 2);
    expect(lastAudit()).toEqual({ action: 'client.archive', entityId: id, detail: 'restored' });

    await kit.call('clients.delete', { id, reason: '當事人請求刪除', confirmName: '封存者' });
    const gone = await kit.call('clients.get', { id });
    expect((await kit.fail('clients.archive', { id, archived: true, version: gone.version })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('takes the client off the 今日 page (visits, follow-ups, birthdays) and the KYC due lists, and back', async () => {
    const id = await kit.addClient({ name: '封存者', birthDate: '1980-12-02' });
    const other = await kit.addClient({ name: '留下者', birthDate: '1981-12-03' });
    for (const clientId of [id, other]) {
      await kit.call('activities.add', {
        clientId,
        activity: {
          kind: 'visit_plan',
          date: '2026-12-02',
          time: '10:00',
          place: '辦公室',
          agenda: '年度檢視',
          objectives: null,
          materials: null,
        },
      });
      await kit.call('activities.addFollowUp', {
        clientId,
        followUp: { title: '寄資料', dueOn: '2026-12-01' },
      });
      const a = await kit.call('kyc.take', { clientId, answers: modest(DEFAULT_QUESTIONNAIRE) });
      await kit.call('kyc.confirm', { assessmentId: a.id, method: 'seal', on: '2026-11-30' });
    }
    const onHome = async () => {
      const home = await kit.call('activities.home', {});
      return {
        // Same day and time, same due day: in ID order, so sorted here.
        visits: home.visits.map((v) => v.clientName).sort(),
        followUps: home.followUps.map((f) => f.clientName).sort(),
        followUpsTotal: home.followUpsTotal,
        birthdays: home.birthdays.map((b) => b.clientName),
      };
    };
    const dueNames = async () => (await kit.call('kyc.duePending', {})).expiring.map((r) => r.clientName);
    const both = ['封存者', '留下者'].sort();
    const everyone = { visits: both, followUps: both, followUpsTotal: 2, birthdays: ['封存者', '留下者'] };
    expect(await onHome()).toEqual(everyone);

    const version = (await kit.call('clients.get', { id })).version;
    const archived = await kit.call('clients.archive', { id, archived: true, version });
    expect(await onHome()).toEqual({
      visits: ['留下者'],
      followUps: ['留下者'],
      followUpsTotal: 1,
      birthdays: ['留下者'],
    });
    kit.setNow('2027-10-30T02:00:00Z'); // within the notice days of both KYC profiles
    expect(await dueNames()).toEqual(['留下者']);

    await kit.call('clients.archive', { id, archived: false, version: archived.version });
    expect((await dueNames()).sort()).toEqual(['封存者', '留下者'].sort());
  });
});
