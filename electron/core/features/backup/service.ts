import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  BACKUP_EVENTS,
  backupProblemDetails,
  type BackupKind,
  type BackupReport,
  type BackupStatus,
} from '../../../../shared/features/backup';
import type { AuditEvent } from '../../../../shared/ipc/define';
import { AppError } from '../../../../shared/ipc/result';
import { damagedDatabase, type Database } from '../../db';
import type { AuditChainHead } from '../../kernel/audit-chain';
import type { CoreContext } from '../../kernel/context';
import { parseEnvelope, serializeEnvelope, wrapKey, type Envelope } from '../../vault/envelope';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../../vault/private-files';
import { finishRestore, moveAside, stageRestore } from '../../vault/restore-swap';
import { DATABASE_FILE_NAME, ENVELOPE_FILE_NAME, requireNewPassphrase } from '../../vault/vault';
import { withVaultLock } from '../../vault/vault-lock';
import {
  BACKUP_EXTENSION,
  backupTempFile,
  hashFile,
  localBackupFile,
  removeStaleTemps,
  writeBackupFile,
  type BackupHeader,
} from './format';
import { openBackup, type BackupSecret } from './open-backup';
import type { BackupLogRow, BackupRepository } from './repository';
import { backupsToKeep } from './rotation';
import { backupOverdue, scheduledBackupDue } from './schedule';

/** The audit chain's head of a database (kernel/audit-chain.ts `chainHead`), or null where there is none. */
export type AuditHeadOf = (db: Database) => AuditChainHead | null;

export interface BackupServiceDeps {
  dataDir: string;
  nativeBinding?: string | undefined;
  repository: () => BackupRepository;
  auditHeadOf: AuditHeadOf;
  /** Writes an event to the open vault's audit trail in a unit of work of its own. */
  recordEvent: (event: AuditEvent, detail?: string) => void;
  /** Writes an event into another database (the one being restored, with its key), before it goes live. */
  recordEventInto: (db: Database, event: AuditEvent, dataKey: Buffer) => void;
}

export type RestoreInput =
  { file: string; passphrase: string } | { file: string; recoveryCode: string; newPassphrase: string };

const SCHEDULED_SUFFIX = `-auto${BACKUP_EXTENSION}`;
const STAMP = /^advisordesk-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:-\d+)?-auto\.adbackup$/;

/** `20261130T142300Z`: sortable, and legal in a file name on every system. */
function stampOf(iso: string): string {
  return iso.slice(0, 19).replace(/[-:]/g, '') + 'Z';
}

const SUFFIX_OF_KIND: Record<BackupKind, string> = {
  manual: BACKUP_EXTENSION,
  scheduled: SCHEDULED_SUFFIX,
  safety: `-before-restore${BACKUP_EXTENSION}`,
};

/** Copies made while other processes append to the audit trail before giving up. */
const COPY_ATTEMPTS = 5;

/** Lets the router's transaction commit first: SQLite copies a database only outside one. */
const outsideTransaction = () => new Promise<void>((resolveSoon) => setImmediate(resolveSoon));

/**
 * Encrypted backups of the vault (docs/security.md, "Backup files"): made with SQLite's VACUUM
 * INTO from the open, encrypted database, so the copy is encrypted with the same key as it is
 * written and is a consistent snapshot while the app keeps working; checked and restored with the
 * key envelope the backup carries.
 */
export class BackupService {
  constructor(
    private readonly context: CoreContext,
    private readonly deps: BackupServiceDeps,
  ) {}

  /** For the compliance dashboard and the reminder. */
  status(): BackupStatus {
    const last = this.deps.repository().latest();
    const settings = this.context.settings().backup;
    return {
      lastBackupAt: last?.at ?? null,
      lastBackupFile: last?.file ?? null,
      overdue: backupOverdue(last?.at ?? null, new Date(this.context.now()), settings),
    };
  }

  /** Where scheduled backups go: the setting, or `backups` in the data folder. */
  scheduledFolder(): string {
    return resolve(this.context.settings().backup.folder ?? join(this.deps.dataDir, 'backups'));
  }

  /**
   * Makes one backup file in `folder` (which must exist: a USB drive that is not plugged in is
   * not silently replaced by another place) and answers its log row, not yet recorded.
   */
  async make(kind: BackupKind, folder?: string): Promise<BackupLogRow> {
    await outsideTransaction();
    const db = this.context.session.database();
    // A damaged database is read-only and not worth copying: restore it instead.
    if (this.context.session.isDamaged()) throw damagedDatabase();
    const dir = resolve(folder ?? this.scheduledFolder());
    if (folder === undefined && this.context.settings().backup.folder === null) ensurePrivateDir(dir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new AppError(
        'NOT_FOUND',
        'the backup folder does not exist',
        backupProblemDetails('folder_missing'),
      );
    }
    const at = this.context.nowIso();
    removeStaleTemps(dir);
    const target = this.freeName(dir, `advisordesk-${stampOf(at)}`, SUFFIX_OF_KIND[kind]);
    const payload = backupTempFile(dir);
    try {
      const auditHead = this.copyWithHead(db, payload);
      const { sha256: payloadSha, bytes } = hashFile(payload);
      const header: BackupHeader = {
        format: 'advisordesk-backup',
        version: 1,
        createdAt: at,
        appVersion: this.context.version,
        schemaVersion: this.context.schemaVersion,
        payload: { cipher: 'sqlcipher4-raw-key', bytes, sha256: payloadSha },
        auditHead,
        keys: this.envelope(),
      };
      const sha256 = writeBackupFile(target, header, payload);
      return { at, kind, file: target, bytes: statSync(target).size, sha256 };
    } finally {
      for (const suffix of ['', '-journal']) rmSync(`${payload}${suffix}`, { force: true });
    }
  }

  /**
   * Copies the database into `payload` and answers the audit head the copy holds. VACUUM INTO
   * reads its own snapshot, so another process may append an entry between it and a head read
   * after it (the backup would then fail its check forever); the chain only grows, so the same
   * head before and after the copy is the copy's head. Otherwise the copy is made again.
   */
  private copyWithHead(db: Database, payload: string): AuditChainHead | null {
    for (let attempt = 1; ; attempt += 1) {
      const before = this.deps.auditHeadOf(db);
      rmSync(payload, { force: true });
      // VACUUM INTO wants a new or empty file; made here so it is 0600 like every file we write.
      closeSync(openSync(payload, 'wx', PRIVATE_FILE_MODE));
      db.prepare('VACUUM INTO ?').run(payload);
      const after = this.deps.auditHeadOf(db);
      if (before?.hash === after?.hash && before?.count === after?.count) return after;
      if (attempt === COPY_ATTEMPTS) {
        throw new AppError('CONFLICT', 'the audit trail kept changing while the backup was copied');
      }
    }
  }

  record(row: BackupLogRow): void {
    this.deps.repository().record(row);
  }

  /**
   * A backup's log row and its audit entry, in one transaction (the event's own unit of work
   * nests as a savepoint); a backup neither names is removed.
   */
  private recordWithEvent(row: BackupLogRow, event: AuditEvent): void {
    try {
      this.context.session.database().transaction(() => {
        this.record(row);
        this.deps.recordEvent(event);
      })();
    } catch (error) {
      rmSync(row.file, { force: true });
      throw error;
    }
  }

  /** The scheduler's tick: a backup if one is due and the vault is open, then rotation. */
  async runScheduledIfDue(): Promise<BackupLogRow | null> {
    if (!this.context.session.isUnlocked()) return null;
    const settings = this.context.settings();
    const last = this.deps.repository().latest('scheduled');
    const now = new Date(this.context.now());
    if (!scheduledBackupDue(last?.at ?? null, now, settings.backup.schedule, settings.timeZone)) return null;
    const row = await this.make('scheduled');
    this.recordWithEvent(row, BACKUP_EVENTS.scheduled);
    this.rotate(this.scheduledFolder());
    return row;
  }

  /** Deletes the scheduled backups in `folder` that rotation does not keep; answers them. */
  rotate(folder: string): string[] {
    const { backup, timeZone } = this.context.settings();
    const scheduled = readdirSync(folder).flatMap((name) => {
      const m = STAMP.exec(name);
      return m ? [{ file: join(folder, name), at: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` }] : [];
    });
    const keep = backupsToKeep(scheduled, backup.keep, timeZone);
    const removed = scheduled.filter((b) => !keep.has(b.file)).map((b) => b.file);
    for (const file of removed) rmSync(file, { force: true });
    return removed;
  }

  /** Opens and checks a backup in a private temp folder, restoring nothing. */
  async verify(file: string, secret: BackupSecret): Promise<BackupReport> {
    const work = mkdtempSync(join(tmpdir(), 'advisordesk-verify-'));
    try {
      const opened = await openBackup(localBackupFile(file), secret, work, this.openOptions());
      opened.dataKey.fill(0);
      opened.discard();
      return { ...opened.report, file: localBackupFile(file) };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  /**
   * Restores into an empty data folder, or over the open vault after a safety backup of it. The
   * backup is checked completely before anything changes; the vault is locked afterwards.
   */
  async restore(
    input: RestoreInput,
  ): Promise<
    BackupReport & { replaced: boolean; safetyBackup: string | null; replacedFolder: string | null }
  > {
    const { dataDir } = this.deps;
    const envelopeFile = join(dataDir, ENVELOPE_FILE_NAME);
    const databaseFile = join(dataDir, DATABASE_FILE_NAME);
    const replacing = existsSync(envelopeFile) || existsSync(databaseFile);
    // A damaged vault cannot be unlocked, nor backed up: it is moved aside instead.
    const damaged = replacing && this.context.session.databaseMarkedDamaged();
    if (replacing && !damaged && !this.context.session.isUnlocked()) {
      throw new AppError(
        'BACKUP_TARGET_NOT_EMPTY',
        'the data folder holds a vault: unlock it first, so it is backed up before it is replaced',
      );
    }
    if ('newPassphrase' in input) requireNewPassphrase(input.newPassphrase, 'newPassphrase');
    ensurePrivateDir(dataDir);
    const secret: BackupSecret =
      'passphrase' in input ? { passphrase: input.passphrase } : { recoveryCode: input.recoveryCode };
    const opened = await openBackup(localBackupFile(input.file), secret, dataDir, this.openOptions());
    try {
      const envelope: Envelope =
        'newPassphrase' in input
          ? {
              ...opened.envelope,
              slots: {
                ...opened.envelope.slots,
                passphrase: await wrapKey(opened.dataKey, input.newPassphrase, 'passphrase'),
              },
            }
          : opened.envelope;
      this.deps.recordEventInto(opened.db, BACKUP_EVENTS.restore, opened.dataKey);
      opened.db.close();
      // Under the vault's lock, so another process's passphrase change cannot write the old
      // vault's envelope over the restored one.
      const { safetyBackup, replacedFolder } = await withVaultLock(dataDir, async () => {
        const went = { safetyBackup: null as string | null, replacedFolder: null as string | null };
        if (damaged) {
          this.context.session.lock();
          went.replacedFolder = moveAside(dataDir, `replaced-${stampOf(this.context.nowIso())}`);
        } else if (replacing) {
          const row = await this.make('safety');
          this.recordWithEvent(row, BACKUP_EVENTS.safety);
          went.safetyBackup = row.file;
          this.context.session.lock();
        }
        stageRestore(dataDir, opened.file, serializeEnvelope(envelope));
        finishRestore(dataDir);
        return went;
      });
      return {
        ...opened.report,
        file: localBackupFile(input.file),
        replaced: replacing,
        safetyBackup,
        replacedFolder,
      };
    } finally {
      opened.dataKey.fill(0);
      opened.discard();
    }
  }

  private openOptions() {
    return { auditHeadOf: this.deps.auditHeadOf, nativeBinding: this.deps.nativeBinding };
  }

  private envelope(): Envelope {
    return parseEnvelope(readFileSync(join(this.deps.dataDir, ENVELOPE_FILE_NAME), 'utf8'));
  }

  private freeName(dir: string, base: string, suffix: string): string {
    for (let n = 1; ; n += 1) {
      const file = join(dir, `${base}${n === 1 ? '' : `-${n}`}${suffix}`);
      if (!existsSync(file)) return file;
    }
  }
}
