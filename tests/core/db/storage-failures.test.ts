import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app';
import { createRouter } from '../../../electron/core/kernel/router';
import { errorMessages } from '../../../shared/i18n/messages';
import type { ErrorInfo, Result } from '../../../shared/ipc/result';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';
import { clientData } from './fixtures';

const PASSPHRASE = 'storage failure passphrase 7';

async function value<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function failure(pending: Promise<Result<unknown>>): Promise<ErrorInfo> {
  const result = await pending;
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

let dir: string;
let core: Core;
const open = () => createCore({ dataDir: dir, checkOutputs: true, logError: () => undefined });

beforeEach(() => {
  dir = makeTempDataDir();
  core = open();
});
afterEach(() => {
  core.close();
  removeTempDataDir(dir);
});

describe('a damaged database file', () => {
  it('refuses a 0-byte advisordesk.db as it refuses a missing one, leaving it as it is', async () => {
    await value(core.invoke('vault.setup', { passphrase: PASSPHRASE }));
    core.close();
    truncateSync(join(dir, 'advisordesk.db'), 0);
    core = open();
    const error = await failure(core.invoke('vault.unlock', { passphrase: PASSPHRASE, remember: false }));
    expect(error).toMatchObject({ code: 'VAULT_CORRUPT', message: expect.stringMatching(/empty.*backup/) });
    expect(statSync(join(dir, 'advisordesk.db')).size).toBe(0);
  });

  it('takes no writes once verify finds it malformed, names the restore, and will not unlock again', async () => {
    await value(core.invoke('vault.setup', { passphrase: PASSPHRASE }));
    for (let i = 0; i < 40; i += 1) {
      await value(core.invoke('clients.create', { data: clientData({ notes: 'x'.repeat(2000) }) }));
    }
    core.close();
    const file = join(dir, 'advisordesk.db');
    const pages = statSync(file).size / 4096;
    const fd = openSync(file, 'r+');
    writeSync(fd, randomBytes(4096), 0, 4096, (pages - 3) * 4096);
    closeSync(fd);

    core = open();
    await value(core.invoke('vault.unlock', { passphrase: PASSPHRASE, remember: false }));
    const verified = await core.invoke('vault.verify', {});
    if (verified.ok) expect((verified.value as { integrity: string }).integrity).not.toBe('ok');
    else expect(verified.error.code).toBe('DB_CORRUPT');

    const write = await failure(core.invoke('clients.create', { data: clientData() }));
    expect(write.code).toBe('DB_CORRUPT');
    expect(write.message).toContain('backup restore');
    expect(errorMessages['zh-TW'].DB_CORRUPT).toContain('backup restore');
    expect(errorMessages['zh-TW'].DB_CORRUPT).toMatch(/備份.*還原/);

    await value(core.invoke('vault.lock', {}));
    const again = await failure(core.invoke('vault.unlock', { passphrase: PASSPHRASE, remember: false }));
    expect(again.code).toBe('DB_CORRUPT');
  });
});

describe('storage errors from the driver', () => {
  it('answers SQLITE_FULL with DISK_FULL and SQLITE_CORRUPT/NOTADB with DB_CORRUPT, not INTERNAL', async () => {
    const thrown = {
      full: new BetterSqlite3.SqliteError('database or disk is full', 'SQLITE_FULL'),
      corrupt: new BetterSqlite3.SqliteError('database disk image is malformed', 'SQLITE_CORRUPT'),
      vtab: new BetterSqlite3.SqliteError('database disk image is malformed', 'SQLITE_CORRUPT_VTAB'),
      notadb: new BetterSqlite3.SqliteError('file is not a database', 'SQLITE_NOTADB'),
      enospc: Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }),
    };
    const told: string[] = [];
    let which: keyof typeof thrown = 'full';
    const router = createRouter(
      {
        'app.info': () => {
          throw thrown[which];
        },
      } as never,
      {
        isUnlocked: () => true,
        unitOfWork: (work) => work(),
        audit: () => undefined,
        checkOutputs: false,
        onStorageFailure: (failure) => told.push(failure.code),
      },
    );
    const expected = {
      full: 'DISK_FULL',
      corrupt: 'DB_CORRUPT',
      vtab: 'DB_CORRUPT',
      notadb: 'DB_CORRUPT',
      enospc: 'DISK_FULL',
    };
    for (const key of Object.keys(thrown) as (keyof typeof thrown)[]) {
      which = key;
      expect(await failure(router.invoke('app.info', {}))).toMatchObject({ code: expected[key] });
    }
    expect(told).toEqual(Object.values(expected));
    expect(errorMessages['zh-TW'].DISK_FULL).toMatch(/磁碟空間不足/);
    expect(errorMessages.en.DISK_FULL).toMatch(/disk is full/);
  });
});

/** A small tmpfs of its own (root only): a real full disk, not a mock. */
function mountSmallDisk(path: string, size: string): boolean {
  mkdirSync(path, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', path], {
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

const canMount = (() => {
  const probe = join(makeTempDataDir('advisordesk-mount-probe-'), 'disk');
  const mounted = mountSmallDisk(probe, '64k');
  if (mounted) execFileSync('umount', [probe]);
  return mounted;
})();

describe.skipIf(!canMount)('on a full disk (a small tmpfs)', () => {
  let disk: string;
  beforeEach(() => {
    disk = join(dir, 'disk');
  });
  afterEach(() => {
    core.close();
    execFileSync('umount', [disk]);
  });

  it('init reports DISK_FULL and leaves nothing behind', async () => {
    expect(mountSmallDisk(disk, '96k')).toBe(true);
    core.close();
    core = createCore({ dataDir: join(disk, 'data'), checkOutputs: true, logError: () => undefined });
    const error = await failure(core.invoke('vault.setup', { passphrase: PASSPHRASE }));
    expect(error.code).toBe('DISK_FULL');
    expect(readdirSync(join(disk, 'data'))).toEqual([]);
    expect(((await value(core.invoke('vault.status', {}))) as { state: string }).state).toBe('uninitialized');
  });

  it('a write that finds the disk full answers DISK_FULL and leaves the vault usable', async () => {
    expect(mountSmallDisk(disk, '4m')).toBe(true);
    core.close();
    core = createCore({ dataDir: join(disk, 'data'), checkOutputs: true, logError: () => undefined });
    await value(core.invoke('vault.setup', { passphrase: PASSPHRASE }));
    const filler = join(disk, 'filler');
    try {
      writeFileSync(filler, Buffer.alloc(8 * 1024 * 1024));
    } catch {
      // ENOSPC: the disk is now full, which is the point
    }
    let error: ErrorInfo | null = null;
    for (let i = 0; i < 200 && error === null; i += 1) {
      const result = await core.invoke('clients.create', { data: clientData({ notes: 'y'.repeat(4000) }) });
      if (!result.ok) error = result.error;
    }
    expect(error).toMatchObject({ code: 'DISK_FULL' });
    rmSync(filler);
    await value(core.invoke('clients.create', { data: clientData() }));
    expect(((await value(core.invoke('vault.verify', {}))) as { integrity: string }).integrity).toBe('ok');
  });
});
