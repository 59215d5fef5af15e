import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/app';
import {
  checkBackup,
  readBackupLayout,
  writeBackupFile,
  type BackupHeader,
} from '../../../../electron/core/features/backup/format';
import type { BackupReport } from '../../../../shared/features/backup';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import {
  CANARY,
  PASSPHRASE,
  client,
  clientNames,
  coreAt,
  snapshot,
  value,
  vaultWithClients,
} from './fixtures';

describe('encrypted backup and restore', () => {
  let root: string;
  const clock = { now: Date.parse('2026-11-30T02:00:00Z') };
  const cores: Core[] = [];
  const core = (dir: string) => {
    const made = coreAt(join(root, dir), clock);
    cores.push(made);
    return made;
  };
  let source: Core;
  let recoveryCode: string;
  let backupFile: string;

  beforeEach(async () => {
    root = makeTempDataDir('advisordesk-backup-');
    const made = await vaultWithClients(join(root, 'old-computer'), clock);
    cores.push(made.core);
    source = made.core;
    recoveryCode = made.recoveryCode;
    backupFile = (value(await source.invoke('backup.create', { folder: root })) as { file: string }).file;
  });
  afterEach(() => {
    for (const c of cores.splice(0)) c.close();
    removeTempDataDir(root);
  });

  it('writes one encrypted file under its final name only, and remembers it for the reminder', async () => {
    const bytes = readFileSync(backupFile);
    expect(bytes.subarray(0, 16).toString('ascii')).toBe('ADVDESK-BACKUP\r\n');
    expect(bytes.includes(Buffer.from(CANARY, 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3', 'ascii'))).toBe(false);
    expect(readdirSync(root).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const { header } = readBackupLayout(backupFile);
    expect(header.schemaVersion).toBeGreaterThan(0);
    // The backup.create entry is written after the copy, so the head is the entry just before it.
    const head = source.auditChain.head();
    const recorded = header.auditHead!;
    expect(recorded).toMatchObject({ count: head.count - 1, lastId: head.lastId! - 1 });
    const hashOf = source.session.database().prepare('SELECT hash FROM audit_log WHERE id = ?').pluck();
    expect(recorded.hash).toBe(hashOf.get(recorded.lastId));
    expect(header.auditHead!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(header.keys).toEqual(JSON.parse(readFileSync(join(root, 'old-computer', 'vault.json'), 'utf8')));
    const status = value(await source.invoke('backup.status', {})) as {
      lastBackupFile: string;
      overdue: boolean;
    };
    expect(status).toMatchObject({ lastBackupFile: backupFile, overdue: false });
    clock.now += 8 * 86_400_000;
    expect(source.backup.status().overdue).toBe(true);
  });

  it('removes the temp files a killed backup left behind, but not one still being written', async () => {
    const stale = join(root, '.advisordesk-0123456789ab.tmp');
    const fresh = join(root, '.advisordesk-ba9876543210.tmp');
    const other = join(root, '.advisordesk-notes.tmp');
    for (const file of [stale, fresh, other]) writeFileSync(file, 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    utimesSync(other, twoHoursAgo, twoHoursAgo);
    value(await source.invoke('backup.create', { folder: root }));
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(other)).toBe(true); // not a name a backup gives its temp files
  });

  it('restores on a new computer with the passphrase: same clients, the restore in its audit trail', async () => {
    const fresh = core('new-computer');
    const report = value(
      await fresh.invoke('backup.verify', { file: backupFile, passphrase: PASSPHRASE }),
    ) as BackupReport;
    expect(report).toMatchObject({ integrity: 'ok', file: backupFile });
    expect(readdirSync(join(root))).not.toContain('new-computer');
    const restored = value(
      await fresh.invoke('backup.restore', { file: backupFile, passphrase: PASSPHRASE }),
    );
    expect(restored).toMatchObject({ replaced: false, safetyBackup: null, replacedFolder: null });
    value(await fresh.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    expect(await clientNames(fresh)).toEqual(await clientNames(source));
    const audit = value(await fresh.invoke('audit.list', {})) as { items: { action: string }[] };
    expect(audit.items.map((e) => e.action)).toContain('backup.restore');
    // The header carried the chain head of the day; the restored trail, with its restore entry, still chains.
    expect(report.auditHead).toMatchObject({
      count: expect.any(Number) as number,
      lastId: expect.any(Number) as number,
    });
    expect(fresh.auditChain.verify()).toMatchObject({ ok: true });
  });

  it('restores with the recovery code, setting a new passphrase', async () => {
    const fresh = core('new-computer');
    value(
      await fresh.invoke('backup.verify', { file: backupFile, recoveryCode: recoveryCode.toLowerCase() }),
    );
    const newPassphrase = 'a brand new passphrase';
    value(await fresh.invoke('backup.restore', { file: backupFile, recoveryCode, newPassphrase }));
    expect((await fresh.invoke('vault.unlock', { passphrase: PASSPHRASE })).ok).toBe(false);
    value(await fresh.invoke('vault.unlock', { passphrase: newPassphrase }));
    expect(await clientNames(fresh)).toEqual(await clientNames(source));
  });

  it('replaces the open vault only after a safety backup of it, then locks', async () => {
    value(await source.invoke('clients.create', { data: client('王後來') }));
    const before = await clientNames(source);
    const result = value(
      await source.invoke('backup.restore', { file: backupFile, passphrase: PASSPHRASE }),
    ) as {
      replaced: boolean;
      safetyBackup: string;
      replacedFolder: string | null;
    };
    expect(result.replaced).toBe(true);
    expect(result.replacedFolder).toBeNull();
    expect(source.session.isUnlocked()).toBe(false);
    value(await source.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    expect(await clientNames(source)).not.toContain('王後來');
    // The safety backup holds the vault as it was just before, and restores elsewhere.
    const elsewhere = core('check');
    value(await elsewhere.invoke('backup.restore', { file: result.safetyBackup, passphrase: PASSPHRASE }));
    value(await elsewhere.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    expect(await clientNames(elsewhere)).toEqual(before);
  });

  it('refuses to replace a vault that is locked (it could not be backed up first)', async () => {
    source.session.lock();
    const dir = join(root, 'old-computer');
    const before = snapshot(dir);
    const result = await source.invoke('backup.restore', { file: backupFile, passphrase: PASSPHRASE });
    expect(result.ok ? null : result.error.code).toBe('BACKUP_TARGET_NOT_EMPTY');
    expect(snapshot(dir)).toEqual(before);
  });

  it('uses the online copy: better-sqlite3 db.backup() cannot key its target, so it refuses an encrypted source', async () => {
    // Why the backup is VACUUM INTO (docs/security.md): this refusal is what db.backup() answers.
    const db = source.session.database();
    await expect(db.backup(join(root, 'plain-copy.db'))).rejects.toThrow(/not supported/);
  });
});

describe('damaged backups are refused and change nothing', () => {
  let root: string;
  const clock = { now: Date.parse('2026-11-30T02:00:00Z') };
  let source: Core;
  let other: Core;
  let good: Buffer;
  let file: string;

  beforeEach(async () => {
    root = makeTempDataDir('advisordesk-backup-bad-');
    source = (await vaultWithClients(join(root, 'a'), clock)).core;
    file = (value(await source.invoke('backup.create', { folder: root })) as { file: string }).file;
    good = readFileSync(file);
    other = coreAt(join(root, 'target'), clock);
  });
  afterEach(() => {
    source.close();
    other.close();
    removeTempDataDir(root);
  });

  async function refusal(bytes: Buffer, into: Core = other, dir = join(root, 'target')) {
    const bad = join(root, 'bad.adbackup');
    writeFileSync(bad, bytes);
    const before = snapshot(dir);
    const verify = await into.invoke('backup.verify', { file: bad, passphrase: PASSPHRASE });
    const restore = await into.invoke('backup.restore', { file: bad, passphrase: PASSPHRASE });
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    if (verify.ok || restore.ok) throw new Error('expected a refusal');
    expect(restore.error).toEqual(verify.error);
    return verify.error as { code: string; details: { problem: string; problems: { 'zh-TW': string }[] } };
  }

  it('truncated anywhere', async () => {
    for (const length of [good.length - 1, good.length - 40, Math.floor(good.length / 2), 30, 10]) {
      const error = await refusal(good.subarray(0, length));
      expect(error.code).toBe('BACKUP_DAMAGED');
      expect(error.details.problem).toBe('truncated');
      expect(error.details.problems[0]!['zh-TW']).toContain('不完整');
    }
  });

  it('a flipped bit in the payload, the header or the checksum', async () => {
    const { payloadOffset } = readBackupLayout(file);
    for (const at of [payloadOffset + 5000, good.length - 1, good.length - 100]) {
      const flipped = Buffer.from(good);
      flipped[at]! ^= 0x01;
      expect((await refusal(flipped)).details.problem).toBe('checksum');
    }
    const header = Buffer.from(good);
    header[40]! ^= 0x20;
    expect((await refusal(header)).code).toBe('BACKUP_DAMAGED');
  });

  it('not a backup at all, or with bytes after its end', async () => {
    expect((await refusal(Buffer.from('SQLite format 3\0 and more'))).details.problem).toBe('not_a_backup');
    expect((await refusal(Buffer.concat([good, Buffer.from([0])]))).details.problem).toBe('trailing');
  });

  it('the wrong passphrase, or a key that belongs to another vault', async () => {
    const bad = join(root, 'copy.adbackup');
    writeFileSync(bad, good);
    const wrong = await other.invoke('backup.verify', { file: bad, passphrase: 'not the passphrase' });
    expect(wrong.ok ? null : wrong.error.code).toBe('VAULT_BAD_PASSPHRASE');
    // Vault b's envelope (same passphrase) in front of vault a's database: the key does not open it.
    const b = (await vaultWithClients(join(root, 'b'), clock)).core;
    const fileB = (value(await b.invoke('backup.create', { folder: join(root, 'b') })) as { file: string })
      .file;
    b.close();
    const spliced = spliceHeader(file, fileB, root);
    const error = await refusal(spliced);
    expect(error.code).toBe('BACKUP_WRONG_KEY');
    expect(error.details.problems[0]!['zh-TW']).toContain('金鑰');
  });

  it('a backup from a newer schema, also over an open vault (no safety backup, nothing replaced)', async () => {
    const newer = rewriteHeader(file, root, (h) => ({ ...h, schemaVersion: h.schemaVersion + 1 }));
    expect((await refusal(newer)).code).toBe('BACKUP_TOO_NEW');
    const dir = join(root, 'a');
    const error = await refusal(newer, source, dir);
    expect(error.code).toBe('BACKUP_TOO_NEW');
    expect(source.session.isUnlocked()).toBe(true);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});

/** The backup with its header changed and its checksums made consistent again. */
function rewriteHeader(file: string, dir: string, change: (header: BackupHeader) => BackupHeader): Buffer {
  const layout = readBackupLayout(file);
  const payload = join(dir, 'payload.bin');
  checkBackup(file, layout, payload);
  const out = join(dir, 'rewritten.adbackup');
  writeBackupFile(out, change(layout.header), payload);
  rmSync(payload);
  const bytes = readFileSync(out);
  rmSync(out);
  return bytes;
}

/** `payloadOf`'s database behind `keysOf`'s header (checksums made consistent). */
function spliceHeader(payloadOf: string, keysOf: string, dir: string): Buffer {
  const keys = readBackupLayout(keysOf).header.keys;
  return rewriteHeader(payloadOf, dir, (h) => ({ ...h, keys }));
}
