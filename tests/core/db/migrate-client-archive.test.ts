import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Database } from '../../../electron/core/db';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';

let dir: string;
let db: Database;
beforeEach(() => {
  dir = makeTempDataDir();
  db = openDatabase(join(dir, 'm.db'), randomBytes(32), { create: true });
});
afterEach(() => {
  db.close();
  removeTempDataDir(dir);
});

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

function insertClient(id: string, nationalId: string): void {
  db.prepare(
    `INSERT INTO clients (id, name, national_id, gender, acquisition_source, status, version, created_at, updated_at)
     VALUES (?, '王明', ?, 'F', 'referral', 'prospect', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
  ).run(id, nationalId);
}

describe('step 30: client archive and merge', () => {
  it('adds archived_at, empty for every client already on file', () => {
    migrate(db, { to: 29 });
    insertClient(A, 'A123456789');
    expect(migrate(db, { to: 30 })).toEqual({ from: 29, to: 30 });
    expect(db.prepare('SELECT archived_at FROM clients').pluck().all()).toEqual([null]);
  });

  it("lets many clients have no national ID (''), and still refuses one ID on two dossiers", () => {
    migrate(db, { to: 30 });
    insertClient(A, '');
    insertClient(B, '');
    insertClient(C, 'A123456789');
    expect(() => insertClient('44444444-4444-4444-8444-444444444444', 'A123456789')).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(3);
  });

  it('lets a kept record change its client, and nothing else', () => {
    migrate(db, { to: 30 });
    insertClient(A, 'A123456789');
    insertClient(B, '');
    db.prepare(
      `INSERT INTO investor_class_applications (id, client_id, investor_class, basis, applied_on, amounts, recorded_at)
       VALUES ('app-1', ?, 'high_asset', 'assets', '2026-01-02', '{}', '2026-01-02T00:00:00Z')`,
    ).run(B);
    db.prepare('UPDATE investor_class_applications SET client_id = ? WHERE id = ?').run(A, 'app-1');
    expect(db.prepare('SELECT client_id FROM investor_class_applications').pluck().get()).toBe(A);
    expect(() => db.prepare("UPDATE investor_class_applications SET basis = 'other'").run()).toThrow(
      /kept unchanged/,
    );
    expect(() =>
      db.prepare("UPDATE investor_class_applications SET client_id = ?, applied_on = '2026-01-03'").run(B),
    ).toThrow(/kept unchanged/);
  });

  it('keeps a presented proposal unchanged but for its client', () => {
    migrate(db, { to: 30 });
    insertClient(A, 'A123456789');
    insertClient(B, '');
    db.prepare(
      `INSERT INTO proposals (id, client_id, number, revision, kind, title, content, state, presented_on, expires_on,
         facts, pdf, pdf_sha256, version, created_at, updated_at)
       VALUES ('p-1', ?, 'P-1', 1, 'new', 't', '{}', 'presented', '2026-01-02', '2026-02-02', '{}', x'00', 'h', 1,
         '2026-01-02', '2026-01-02')`,
    ).run(B);
    db.prepare('UPDATE proposals SET client_id = ? WHERE id = ?').run(A, 'p-1');
    expect(db.prepare('SELECT client_id FROM proposals').pluck().get()).toBe(A);
    expect(() => db.prepare("UPDATE proposals SET title = 'x'").run()).toThrow(/never changed/);
  });
});
