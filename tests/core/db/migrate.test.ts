import { ClientsRepository } from '../../../electron/core/features/clients';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, SCHEMA_VERSION, type Database } from '../../../electron/core/db';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';
import { RATES } from './fixtures';

const MIGRATIONS_DIR = resolve(import.meta.dirname, '../../../electron/core/db/migrations');

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

const tables = () =>
  db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();

function insertV1Client(id: string, name: string, nationalId: string, phone: string | null): void {
  db.prepare(
    `INSERT INTO clients (id, name, national_id, gender, phone, acquisition_source, status, version, created_at, updated_at)
     VALUES (?, ?, ?, 'F', ?, 'referral', 'active', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
  ).run(id, name, nationalId, phone);
}

describe('the migration list', () => {
  it('numbers its steps 1, 2, 3, … with no gap, each from its own NNNN-name.ts file', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}-.+\.ts$/.test(f));
    expect(files.map((f) => Number(f.slice(0, 4)))).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('each step reads no application code: only the migration type, the error type, node and its own frozen data', () => {
    for (const file of readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}-/.test(f))) {
      const imports = [...readFileSync(join(MIGRATIONS_DIR, file), 'utf8').matchAll(/from '([^']+)'/g)].map(
        (m) => m[1],
      );
      for (const spec of imports)
        expect(spec, file).toMatch(
          /^(\.\/migration|\.\.\/\.\.\/\.\.\/\.\.\/shared\/ipc\/result|node:.*|\.\/\d{4}-[^/]+\.json)$/,
        );
    }
  });
});

describe('migrate', () => {
  it('step 1 makes the client, settings and audit tables, with cascading children', () => {
    expect(migrate(db, { to: 1 })).toEqual({ from: 0, to: 1 });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables()).toEqual(
      expect.arrayContaining([
        'audit_log',
        'client_assets',
        'client_household',
        'client_tags',
        'clients',
        'settings',
      ]),
    );
    insertV1Client('c1', '王明', 'A123456789', null);
    db.prepare("INSERT INTO client_assets VALUES ('c1', 'USD', 100)").run();
    db.prepare("INSERT INTO client_tags (client_id, tag) VALUES ('c1', 'VIP')").run();
    expect(() =>
      db.prepare("INSERT INTO client_tags (client_id, tag) VALUES ('nobody', 'VIP')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM clients WHERE id = 'c1'").run();
    expect(db.prepare('SELECT count(*) FROM client_assets').pluck().get()).toBe(0);
  });

  it('step 2 indexes the clients that already exist', () => {
    migrate(db, { to: 1 });
    insertV1Client('11111111-1111-4111-8111-111111111111', '王明', 'A123456789', '02-2345-6789');
    insertV1Client('22222222-2222-4222-8222-222222222222', '歐陽娜娜', 'B234567890', null);

    expect(migrate(db, { to: 2 })).toEqual({ from: 1, to: 2 });
    migrate(db); // the repository reads the current schema; later steps leave the index alone
    const clients = new ClientsRepository(db);
    const find = (text: string) =>
      clients.list({ text, sort: 'name', offset: 0, limit: 10 }, RATES).items.map((c) => c.name);
    expect(find('王明')).toEqual(['王明']);
    expect(find('陽娜娜')).toEqual(['歐陽娜娜']);
    expect(find('b2345')).toEqual(['歐陽娜娜']);
    expect(find('2345-6789')).toEqual(['王明']);
  });

  it('step 3 makes national IDs unique, and refuses to upgrade over shared ones', () => {
    migrate(db, { to: 2 });
    insertV1Client('11111111-1111-4111-8111-111111111111', '王明', 'A123456789', null);
    insertV1Client('22222222-2222-4222-8222-222222222222', '王明', 'A123456789', null);
    expect(() => migrate(db)).toThrow(expect.objectContaining({ code: 'DB_UPGRADE_BLOCKED' }));
    expect(db.pragma('user_version', { simple: true })).toBe(2);

    db.prepare("DELETE FROM clients WHERE id LIKE '2222%'").run();
    // Early builds of step 1 made a plain index of the same name.
    db.exec('CREATE INDEX clients_national_id ON clients (national_id)');
    expect(migrate(db, { to: 3 })).toEqual({ from: 2, to: 3 });
    expect(() => insertV1Client('33333333-3333-4333-8333-333333333333', '王明', 'A123456789', null)).toThrow(
      /UNIQUE/,
    );
    expect(db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(1);
  });

  it('step 4 keeps the audit entries written before it, with no actor', () => {
    migrate(db, { to: 3 });
    db.prepare(
      "INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES ('2026-01-01T00:00:00Z', 'client.create', 'client', 'c1', null)",
    ).run();
    expect(migrate(db, { to: 4 })).toEqual({ from: 3, to: 4 });
    expect(db.prepare('SELECT action, actor_name, actor_os_user FROM audit_log').all()).toEqual([
      { action: 'client.create', actor_name: null, actor_os_user: null },
    ]);
  });

  it('step 5 counts every client already on file as real, not demo', () => {
    migrate(db, { to: 4 });
    insertV1Client('11111111-1111-4111-8111-111111111111', '王明', 'A123456789', null);
    expect(migrate(db, { to: 5 })).toEqual({ from: 4, to: 5 });
    expect(db.prepare('SELECT is_demo FROM clients').pluck().all()).toEqual([0]);
  });

  it('runs nothing when current, and refuses a database from a newer version', () => {
    expect(migrate(db)).toEqual({ from: 0, to: SCHEMA_VERSION });
    expect(migrate(db)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(expect.objectContaining({ code: 'DB_TOO_NEW' }));
  });

  it('rolls a failing step back as a whole', () => {
    migrate(db, { to: 1 });
    db.exec('CREATE TABLE client_name_chars (x)'); // makes step 2 fail half-way
    expect(() => migrate(db)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables()).not.toContain('client_search');
  });

  it('step 6 numbers the assets already stored in the order they were read until then', () => {
    migrate(db, { to: 5 });
    insertV1Client('11111111-1111-4111-8111-111111111111', '王明', 'A123456789', null);
    for (const [currency, amount] of [
      ['USD', 1],
      ['TWD', 2],
      ['JPY', 3],
    ] as const) {
      db.prepare("INSERT INTO client_assets VALUES ('11111111-1111-4111-8111-111111111111', ?, ?)").run(
        currency,
        amount,
      );
    }
    expect(migrate(db, { to: 6 })).toEqual({ from: 5, to: 6 });
    // Today's repository reads today's schema; the later steps leave the positions as step 6 set them.
    migrate(db);
    const clients = new ClientsRepository(db);
    const assets = clients.get('11111111-1111-4111-8111-111111111111')!.investableAssets;
    expect(assets).toEqual([
      { currency: 'JPY', amount: 3 },
      { currency: 'TWD', amount: 2 },
      { currency: 'USD', amount: 1 },
    ]);
  });

  it('step 19 stores the assumptions versions the proposals before it name: frozen ones, and the shipped one', () => {
    migrate(db, { to: 18 });
    insertV1Client('11111111-1111-4111-8111-111111111111', '王明', 'A123456789', null);
    const insert = db.prepare(
      `INSERT INTO proposals (id, client_id, number, revision, kind, title, content, state, presented_on,
         expires_on, facts, pdf, pdf_sha256, version, created_at, updated_at)
       VALUES (?, '11111111-1111-4111-8111-111111111111', ?, 1, 'allocation', 't', ?, ?, ?, ?, ?, ?, ?, 1,
         '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')`,
    );
    const frozen = { version: '2025.4', asOf: '2025-04-01', assets: [] };
    insert.run(
      'p1',
      'P1',
      JSON.stringify({ assumptionsVersion: '2026.1' }),
      'draft',
      null,
      null,
      null,
      null,
      null,
    );
    insert.run(
      'p2',
      'P2',
      JSON.stringify({ assumptionsVersion: '2025.4' }),
      'presented',
      '2026-11-02',
      '2026-12-02',
      JSON.stringify({ assumptions: frozen }),
      Buffer.from('%PDF'),
      'x',
    );
    migrate(db, { to: 19 });
    const rows = db
      .prepare(
        "SELECT version, shipped, json_extract(document, '$.version') AS named FROM market_assumptions ORDER BY version",
      )
      .all();
    expect(rows).toEqual([
      { version: '2025.4', shipped: 1, named: '2025.4' },
      { version: '2026.1', shipped: 1, named: '2026.1' },
    ]);
  });
});
