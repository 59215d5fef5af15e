import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, SCHEMA_VERSION, verifyDatabase } from '../../../electron/core/db';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';
import { openTestDatabase } from './fixtures';

let dir: string;
beforeEach(() => {
  dir = makeTempDataDir();
});
afterEach(() => removeTempDataDir(dir));

describe('openDatabase', () => {
  it('opens SQLCipher 4 with WAL, foreign keys, memory temp store and secure delete, owner-only files', () => {
    const { db, file } = openTestDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    for (const suffix of ['', '-wal', '-shm']) expect(statSync(file + suffix).mode & 0o777).toBe(0o600);
    expect(verifyDatabase(db)).toEqual({
      integrity: 'ok',
      schemaVersion: SCHEMA_VERSION,
      expectedVersion: SCHEMA_VERSION,
      cipher: 'sqlcipher',
    });
    db.close();
  });

  it('refuses a wrong key with VAULT_CORRUPT and leaves the database readable with the right one', () => {
    const { db, key, file } = openTestDatabase(dir);
    db.close();
    expect(() => openDatabase(file, randomBytes(32))).toThrow(
      expect.objectContaining({ code: 'VAULT_CORRUPT', message: 'database key does not match' }),
    );
    const again = openDatabase(file, key);
    expect(verifyDatabase(again).integrity).toBe('ok');
    again.close();
  });

  it('refuses to make a new empty database where the file went missing, unless asked to create', () => {
    const { db, key } = openTestDatabase(dir);
    db.close();
    removeTempDataDir(dir);
    dir = makeTempDataDir();
    const missing = join(dir, 'test.db');
    expect(() => openDatabase(missing, key)).toThrow(
      expect.objectContaining({
        code: 'VAULT_CORRUPT',
        message: 'the database file is missing; restore it from a backup',
      }),
    );
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => openDatabase(join(dir, 'x.db'), randomBytes(16))).toThrow(
      expect.objectContaining({ code: 'VAULT_CORRUPT' }),
    );
  });
});
