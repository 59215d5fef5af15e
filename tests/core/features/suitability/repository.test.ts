import { describe, expect, it } from 'vitest';
import { ClientsRepository } from '../../../../electron/core/features/clients';
import { clientData, freshDatabasePerTest, newId, NOW } from '../../db/fixtures';
import { ensureSuitabilityTables } from './harness';

const test = freshDatabasePerTest();

function seed() {
  const { db } = test;
  ensureSuitabilityTables(db);
  const clientId = newId();
  new ClientsRepository(db).insert(clientId, clientData(), NOW);
  const checkId = newId();
  db.prepare(
    `INSERT INTO suitability_checks (id, client_id, checked_at, checked_on, assessment_id, items, result)
     VALUES (?, ?, ?, '2026-11-20', NULL, '[]', '{}')`,
  ).run(checkId, clientId, NOW);
  const insertOverride = (status: string, extra = 'NULL, NULL, NULL', reason = '理由') =>
    db
      .prepare(
        `INSERT INTO suitability_overrides (id, client_id, check_id, code, message, reason, status, requested_at,
           supervisor_name, approved_on, reference)
         VALUES (?, ?, ?, 'grade_exceeded', '{}', ?, ?, ?, ${extra})`,
      )
      .run(newId(), clientId, checkId, reason, status, NOW);
  return { db, clientId, insertOverride };
}

describe('the suitability tables', () => {
  it('refuse an approval without supervisor, date and reference, a blank reason and an unknown status', () => {
    const { insertOverride } = seed();
    expect(() => insertOverride('approved')).toThrow(/CHECK constraint/);
    expect(() => insertOverride('approved', "'王主管', '2026-11-20', NULL")).toThrow(/CHECK constraint/);
    expect(() => insertOverride('pending', 'NULL, NULL, NULL', '   ')).toThrow(/CHECK constraint/);
    expect(() => insertOverride('maybe')).toThrow(/CHECK constraint/);
    expect(() => insertOverride('approved', "'王主管', '2026-11-20', 'R1'")).not.toThrow();
  });

  it('go with the client when the client is removed', () => {
    const { db, clientId, insertOverride } = seed();
    insertOverride('pending');
    new ClientsRepository(db).removeMany([clientId], NOW);
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([count('suitability_checks'), count('suitability_overrides')]).toEqual([0, 0]);
  });
});
