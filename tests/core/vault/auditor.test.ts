import { createDecipheriv, scryptSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterAll, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../../electron/core/db';
import { DATABASE_FILE_NAME, ENVELOPE_FILE_NAME, Vault } from '../../../electron/core/vault/vault';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';

const dir = makeTempDataDir();
afterAll(() => removeTempDataDir(dir));

/**
 * An auditor with only docs/security.md and standard primitives: node:crypto for the envelope,
 * plain SQLCipher 4 pragmas for the database. Nothing from electron/core/vault is used to unwrap.
 */
it('unwraps the envelope and opens the database by following docs/security.md', async () => {
  const passphrase = 'auditor 測試 passphrase';
  const { dataKey } = await new Vault({ dataDir: dir }).create(passphrase);
  const db = openDatabase(join(dir, DATABASE_FILE_NAME), dataKey, { create: true });
  migrate(db);
  db.prepare("INSERT INTO settings (key, value) VALUES ('auditor', '\"seen\"')").run();
  db.close();

  const slot = JSON.parse(readFileSync(join(dir, ENVELOPE_FILE_NAME), 'utf8')).slots.passphrase;
  const b = (s: string) => Buffer.from(s, 'base64');
  const { N, r, p, salt } = slot.kdf;
  const kek = scryptSync(Buffer.from(passphrase.normalize('NFC'), 'utf8'), b(salt), 32, {
    N,
    r,
    p,
    maxmem: 256 * N * r,
  });
  const decipher = createDecipheriv('aes-256-gcm', kek, b(slot.cipher.iv));
  decipher.setAAD(Buffer.from('advisordesk-vault/1/passphrase', 'ascii'));
  decipher.setAuthTag(b(slot.cipher.tag));
  const unwrapped = Buffer.concat([decipher.update(b(slot.wrappedKey)), decipher.final()]);
  expect(unwrapped.equals(dataKey)).toBe(true);

  const raw = new BetterSqlite3(join(dir, DATABASE_FILE_NAME), { readonly: true });
  raw.pragma("cipher = 'sqlcipher'");
  raw.pragma('legacy = 4');
  raw.pragma(`key = "x'${unwrapped.toString('hex')}'"`);
  expect(raw.prepare("SELECT value FROM settings WHERE key = 'auditor'").pluck().get()).toBe('"seen"');
  raw.close();
});
