import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app';
import { migrate, openDatabase, type Database } from '../../../electron/core/db';
import {
  AUDIT_CHAIN_INFO,
  chainHead,
  deriveAuditChainKey,
  entryHash,
  entryMatches,
  GENESIS_HASH,
  sealUnchainedTrail,
  verifyAuditChain,
} from '../../../electron/core/kernel/audit-chain';
import { AuditTrail } from '../../../electron/core/kernel/audit-trail';
import type { Result } from '../../../shared/ipc/result';
import type { AuditHeadExport } from '../../../shared/features/audit';
import { clientData, openTestDatabase } from '../db/fixtures';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';
import { createHmac, createSecretKey, hkdfSync, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const PASSPHRASE = 'a long enough passphrase';
const actor = { name: '陳顧問', osUser: 'chen' };

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function appendSome(db: Database, key: Buffer, n: number): void {
  const trail = new AuditTrail(db, () => key);
  for (let i = 0; i < n; i++) {
    trail.append(
      { action: 'client.update', entity: 'client', entityId: `c${i}`, detail: 'fields: phone' },
      `2026-11-30T0${i % 10}:00:00.000Z`,
      actor,
    );
  }
}

describe('the audit chain over a database', () => {
  let dir: string;
  let db: Database;
  let chainKey: Buffer;
  beforeAll(() => {
    dir = makeTempDataDir();
  });
  afterAll(() => removeTempDataDir(dir));

  const fresh = (name: string) => {
    mkdirSync(join(dir, name));
    ({ db } = openTestDatabase(join(dir, name)));
    chainKey = randomBytes(32);
  };

  it('derives the key by HKDF-SHA-256 with the documented info and hashes the documented encoding', () => {
    const dataKey = randomBytes(32);
    const key = deriveAuditChainKey(dataKey);
    expect(key).toEqual(Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), AUDIT_CHAIN_INFO, 32)));
    expect(key.equals(dataKey)).toBe(false);
    const entry = {
      id: 1,
      at: '2026-11-30T00:00:00.000Z',
      action: 'vault.setup',
      entity: 'vault',
      entityId: null,
      detail: null,
      actorName: null,
      actorOsUser: 'me',
    };
    const expected = createHmac('sha256', key)
      .update(`[1,1,"2026-11-30T00:00:00.000Z","vault.setup","vault",null,null,null,"me","${GENESIS_HASH}"]`)
      .digest('hex');
    expect(entryHash(key, entry, GENESIS_HASH)).toBe(expected);
  });

  it('an empty trail verifies and its head is the genesis hash', () => {
    fresh('empty');
    expect(verifyAuditChain(db, chainKey)).toEqual({ ok: true, count: 0 });
    expect(chainHead(db)).toEqual({ count: 0, lastId: null, hash: GENESIS_HASH });
    db.close();
  });

  it('names an edited entry, the entry after a removed one, and an entry slipped in', () => {
    fresh('tamper');
    appendSome(db, chainKey, 6);
    expect(verifyAuditChain(db, chainKey)).toEqual({ ok: true, count: 6 });
    expect(verifyAuditChain(db, randomBytes(32))).toEqual({ ok: false, count: 6, firstBrokenId: 1 });
    const head = chainHead(db);
    expect(head).toMatchObject({ count: 6, lastId: 6 });
    expect(head.hash).toMatch(/^[0-9a-f]{64}$/);

    // The triggers refuse it first; someone with the key and a SQLite shell can drop them.
    expect(() => db.prepare("UPDATE audit_log SET detail = 'x' WHERE id = 4").run()).toThrow(/never changed/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 4').run()).toThrow(/never deleted/);
    db.exec('DROP TRIGGER audit_log_kept; DROP TRIGGER audit_log_kept_delete');

    db.prepare("UPDATE audit_log SET detail = 'fields: email' WHERE id = 4").run();
    expect(verifyAuditChain(db, chainKey)).toEqual({ ok: false, count: 6, firstBrokenId: 4 });
    db.prepare("UPDATE audit_log SET detail = 'fields: phone' WHERE id = 4").run();
    expect(verifyAuditChain(db, chainKey).ok).toBe(true);

    // A changed actor or time is caught too.
    db.prepare("UPDATE audit_log SET actor_name = '王顧問' WHERE id = 2").run();
    expect(verifyAuditChain(db, chainKey)).toMatchObject({ firstBrokenId: 2 });
    db.prepare("UPDATE audit_log SET actor_name = '陳顧問' WHERE id = 2").run();

    const removed = db.prepare('SELECT * FROM audit_log WHERE id = 3').get() as Record<string, unknown>;
    db.prepare('DELETE FROM audit_log WHERE id = 3').run();
    expect(verifyAuditChain(db, chainKey)).toEqual({ ok: false, count: 5, firstBrokenId: 4 });
    db.prepare(
      `INSERT INTO audit_log (id, at, action, entity, entity_id, detail, actor_name, actor_os_user, hash)
       VALUES (@id, @at, @action, @entity, @entity_id, @detail, @actor_name, @actor_os_user, @hash)`,
    ).run(removed);
    expect(verifyAuditChain(db, chainKey).ok).toBe(true);

    // Slipped in at the end, with a made-up hash or none at all.
    db.prepare(
      `INSERT INTO audit_log (at, action, entity, hash) VALUES ('2026-11-30T10:00:00.000Z', 'client.delete', 'client', ?)`,
    ).run('ab'.repeat(32));
    expect(verifyAuditChain(db, chainKey)).toEqual({ ok: false, count: 7, firstBrokenId: 7 });
    db.close();
  });

  it('chains the entries written before the chain once, when the vault opens, and never later ones', () => {
    const file = join(dir, 'old.db');
    const dataKey = randomBytes(32);
    db = openDatabase(file, dataKey, { create: true });
    migrate(db, { to: 14 });
    const old = db.prepare(
      `INSERT INTO audit_log (at, action, entity, entity_id, detail, actor_name, actor_os_user)
       VALUES (?, 'client.create', 'client', ?, NULL, '陳顧問', 'chen')`,
    );
    for (let i = 0; i < 5; i++) old.run(`2026-11-0${i + 1}T00:00:00.000Z`, `c${i}`);
    migrate(db);
    const key = deriveAuditChainKey(dataKey);
    expect(verifyAuditChain(db, key)).toEqual({ ok: false, count: 5, firstBrokenId: 1 });
    expect(sealUnchainedTrail(db, key)).toBe(5);
    expect(verifyAuditChain(db, key)).toEqual({ ok: true, count: 5 });
    expect(sealUnchainedTrail(db, key)).toBe(0);

    appendSome(db, key, 2);
    // An entry without a hash after the chain exists is not sealed: it is named.
    db.prepare(
      `INSERT INTO audit_log (at, action, entity) VALUES ('2026-11-30T11:00:00.000Z', 'x', 'client')`,
    ).run();
    expect(sealUnchainedTrail(db, key)).toBe(0);
    expect(verifyAuditChain(db, key)).toEqual({ ok: false, count: 8, firstBrokenId: 8 });
    // Sealing may give a hash, never change a sealed one.
    expect(() => db.prepare("UPDATE audit_log SET hash = 'x' WHERE id = 1").run()).toThrow(/never changed/);
    db.close();
  });
});

describe('the audit chain through the core', () => {
  let dir: string;
  let clock: number;
  const open = (): Core =>
    createCore({
      dataDir: dir,
      now: () => clock,
      checkOutputs: true,
      logError: () => undefined,
      osUser: 'tester',
    });

  beforeAll(() => {
    dir = makeTempDataDir();
    clock = Date.parse('2026-11-25T09:00:00Z');
  });
  afterAll(() => removeTempDataDir(dir));

  it('a fresh vault verifies; appends under the router keep the chain across restarts; tampering is named', async () => {
    let core = open();
    value(await core.invoke('vault.setup', { passphrase: PASSPHRASE }));
    expect(value(await core.invoke('audit.verifyChain', {}))).toEqual({ ok: true, count: 1 });
    const { id } = value(await core.invoke('clients.create', { data: clientData() })) as { id: string };
    value(await core.invoke('clients.revealNationalId', { id }));
    core.close();

    // A wrong passphrase, then the right one: failed unlock, unlock and lock all chained.
    core = open();
    expect((await core.invoke('vault.unlock', { passphrase: 'not the passphrase' })).ok).toBe(false);
    clock += 60_000;
    value(await core.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    value(await core.invoke('clients.exportCsv', {}));
    expect(value(await core.invoke('audit.verifyChain', {}))).toEqual({ ok: true, count: 7 });
    const actions = core.session
      .database()
      .prepare('SELECT action FROM audit_log ORDER BY id')
      .pluck()
      .all() as string[];
    expect(actions).toEqual([
      'vault.setup',
      'client.create',
      'client.reveal_national_id',
      'vault.lock',
      'vault.unlock_failed',
      'vault.unlock',
      'client.export',
    ]);
    expect(core.auditChain.head()).toMatchObject({ count: 7, lastId: 7 });

    const head = value(await core.invoke('audit.exportHead', {})) as AuditHeadExport;
    expect(head).toMatchObject({ format: 'advisordesk-audit-head', version: 1, count: 7, lastId: 7 });
    expect(head.hash).toBe(
      core.session.database().prepare('SELECT hash FROM audit_log WHERE id = 7').pluck().get(),
    );
    // The export itself is recorded, after the head it exported.
    expect(core.auditChain.head()).toMatchObject({ count: 8, lastId: 8 });

    const db = core.session.database();
    db.exec('DROP TRIGGER audit_log_kept');
    db.prepare("UPDATE audit_log SET action = 'client.update' WHERE id = 3").run();
    expect(value(await core.invoke('audit.verifyChain', {}))).toEqual({
      ok: false,
      count: 8,
      firstBrokenId: 3,
      firstBroken: { id: 3, at: expect.any(String), action: 'client.update' },
    });
    core.close();
  });
});

describe('the audit chain check reads SQLite’s encoding and falls back to entryHash’s', () => {
  const chainKey = randomBytes(32);
  const key = createSecretKey(chainKey);
  const fields = {
    id: 3,
    at: '2026-11-30T00:00:00.000Z',
    action: 'client.update',
    entity: 'client',
    entityId: 'c1',
    detail: 'a',
    actorName: null,
    actorOsUser: 'chen',
  };
  const previous = 'ab'.repeat(32);
  const hash = entryHash(chainKey, fields, previous);
  const sqliteEncoding = '[1,3,"2026-11-30T00:00:00.000Z","client.update","client","c1","a",null,"chen"]';

  it('accepts the same text, or another valid encoding of the same fields that entryHash confirms', () => {
    let fieldsRead = 0;
    const read = () => {
      fieldsRead += 1;
      return fields;
    };
    expect(entryMatches(key, sqliteEncoding, read, previous, hash)).toBe(true);
    expect(fieldsRead).toBe(0);
    // "a" written as \u0061: another JSON encoding of the same detail, so the fields decide.
    expect(entryMatches(key, sqliteEncoding.replace('"a"', '"\\u0061"'), read, previous, hash)).toBe(true);
    expect(entryMatches(key, null, read, previous, hash)).toBe(true);
    expect(fieldsRead).toBe(2);
  });

  it('refuses when neither encoding matches, or when there is no hash', () => {
    const edited = () => ({ ...fields, detail: 'b' });
    expect(entryMatches(key, sqliteEncoding.replace('"a"', '"b"'), edited, previous, hash)).toBe(false);
    expect(entryMatches(key, null, edited, previous, hash)).toBe(false);
    expect(entryMatches(key, sqliteEncoding, () => fields, 'cd'.repeat(32), hash)).toBe(false);
    expect(entryMatches(key, sqliteEncoding, () => fields, previous, null)).toBe(false);
  });

  it('verifies fields with control characters, quotes, backslashes, emoji, U+2028, NUL and lone surrogates, and names an edit after them', () => {
    const dir = makeTempDataDir();
    try {
      const { db } = openTestDatabase(dir);
      const trail = new AuditTrail(db, () => chainKey);
      const odd = [
        '\u0000nul',
        'tab\there\nline\r\u0001\u001f\u007f',
        '"quoted" \\back\\',
        '😀 emoji',
        'sep\u2028\u2029',
        '</script>',
        'lone \ud800 surrogate \udc00', // stored as U+FFFD: hashed as stored
      ];
      odd.forEach((text, i) =>
        trail.append(
          { action: 'client.update', entity: 'client', entityId: text, detail: `fields: ${text}` },
          `2026-11-30T0${i}:00:00.000Z`,
          { name: text, osUser: text },
        ),
      );
      appendSome(db, chainKey, 3);
      expect(verifyAuditChain(db, chainKey)).toEqual({ ok: true, count: 10 });

      db.exec('DROP TRIGGER audit_log_kept');
      db.prepare('UPDATE audit_log SET actor_name = ? WHERE id = 5').run('sep\u2028\u2028');
      expect(verifyAuditChain(db, chainKey)).toEqual({ ok: false, count: 10, firstBrokenId: 5 });
      db.close();
    } finally {
      removeTempDataDir(dir);
    }
  });

  it('names an entry whose field was made a BLOB by hand, even one holding the same bytes', () => {
    const dir = makeTempDataDir();
    try {
      const { db } = openTestDatabase(dir);
      appendSome(db, chainKey, 4);
      db.exec('DROP TRIGGER audit_log_kept');
      db.prepare('UPDATE audit_log SET detail = ? WHERE id = 2').run(Buffer.from('fields: phone'));
      expect(verifyAuditChain(db, chainKey)).toEqual({ ok: false, count: 4, firstBrokenId: 2 });
      db.close();
    } finally {
      removeTempDataDir(dir);
    }
  });
});
