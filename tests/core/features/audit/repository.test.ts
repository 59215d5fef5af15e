import { describe, expect, it } from 'vitest';
import { AuditRepository } from '../../../../electron/core/features/audit/repository';
import { AuditTrail } from '../../../../electron/core/kernel/audit-trail';
import { freshDatabasePerTest } from '../../db/fixtures';

const test = freshDatabasePerTest();

const CLIENT_A = '11111111-1111-4111-8111-111111111111';
const actor = { name: '陳顧問', osUser: 'chen' };

function fill(): void {
  const trail = new AuditTrail(test.db, () => test.key);
  trail.append(
    { action: 'client.create', entity: 'client', entityId: CLIENT_A, detail: null },
    '2026-11-29T15:59:59.000Z',
    actor,
  );
  trail.append(
    { action: 'client.update', entity: 'client', entityId: CLIENT_A, detail: 'fields: phone' },
    '2026-11-29T16:00:00.000Z',
    actor,
  );
  trail.append(
    { action: 'settings.update', entity: 'settings', entityId: null, detail: 'dateFormat' },
    '2026-11-30T01:00:00.000Z',
    { name: null, osUser: null },
  );
  trail.append(
    { action: 'client.print', entity: 'client', entityId: 'other-id', detail: 'dossier pdf' },
    '2026-11-30T02:00:00.000Z',
    actor,
  );
}

describe('the audit trail', () => {
  it('records the actor and lists newest first with a total', () => {
    fill();
    const page = new AuditRepository(test.db).list({}, 1, 2);
    expect(page.total).toBe(4);
    expect(page.items).toEqual([
      {
        id: 3,
        at: '2026-11-30T01:00:00.000Z',
        action: 'settings.update',
        entity: 'settings',
        entityId: null,
        detail: 'dateFormat',
        actorName: null,
        actorOsUser: null,
      },
      {
        id: 2,
        at: '2026-11-29T16:00:00.000Z',
        action: 'client.update',
        entity: 'client',
        entityId: CLIENT_A,
        detail: 'fields: phone',
        actorName: '陳顧問',
        actorOsUser: 'chen',
      },
    ]);
  });

  it('filters by time (a Taipei calendar day given as instants), action and client', () => {
    fill();
    const audit = new AuditRepository(test.db);
    // 2026-11-30 in Asia/Taipei is [2026-11-29T16:00Z, 2026-11-30T16:00Z).
    const day = audit.list({ from: '2026-11-30T00:00:00+08:00', to: '2026-12-01T00:00:00+08:00' }, 0, 10);
    expect(day.items.map((e) => e.id)).toEqual([4, 3, 2]);
    expect(audit.list({ action: 'client.update' }, 0, 10).items.map((e) => e.id)).toEqual([2]);
    expect(audit.list({ clientId: CLIENT_A }, 0, 10).items.map((e) => e.id)).toEqual([2, 1]);
    expect(audit.list({ clientId: CLIENT_A, to: '2026-11-30T00:00:00+08:00' }, 0, 10).total).toBe(1);
  });
});
