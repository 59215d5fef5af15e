import type { Command } from 'commander';
import type { BackupReport } from '../../../shared/features/backup';
import type { CliIo } from '../cli-io';
import { call } from '../core-call';
import { readNewPassphrase, readPassphrase } from '../passphrase-prompt';
import { NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, type CliContext } from '../program';

/** The backup's own passphrase when it differs from the current vault's (restoring an older one). */
export const BACKUP_PASSPHRASE_ENV = 'ADVISORDESK_BACKUP_PASSPHRASE';
export const RECOVERY_CODE_ENV = 'ADVISORDESK_RECOVERY_CODE';

interface SecretOptions {
  recoveryCode?: boolean;
}

function printReport(io: CliIo, report: BackupReport): void {
  io.out(`file: ${report.file}`);
  io.out(`created: ${report.createdAt} (AdvisorDesk ${report.appVersion}, schema ${report.schemaVersion})`);
  io.out(`database: ${report.bytes} bytes, sha256 ${report.sha256}`);
  io.out(`integrity: ${report.integrity}`);
  io.out(
    `audit chain head: ${report.auditHead ? `${report.auditHead.count} entries, ${report.auditHead.hash}` : 'none'}`,
  );
}

/** `backup create|verify|restore`: encrypted backups that restore on another computer. */
export function registerBackupCommands(program: Command, { io, env, makeCore, openCore }: CliContext): void {
  const backup = program.command('backup').description('encrypted backups: create, verify, restore');

  /** The passphrase or the recovery code that opens a backup, never from a flag. */
  const backupSecret = async (opts: SecretOptions) =>
    opts.recoveryCode
      ? { recoveryCode: await readPassphrase(RECOVERY_CODE_ENV, 'Recovery code: ', env) }
      : {
          passphrase: env[BACKUP_PASSPHRASE_ENV]
            ? env[BACKUP_PASSPHRASE_ENV]
            : await readPassphrase(PASSPHRASE_ENV, 'Passphrase of the backup: ', env),
        };

  backup
    .command('create')
    .description(
      'writes one encrypted backup file (to --folder, e.g. a USB drive, or the scheduled backups folder)',
    )
    .option('--folder <dir>', 'where to write the backup')
    .action(async (opts: { folder?: string }) => {
      const core = await openCore();
      const made = await call(core, 'backup.create', opts.folder ? { folder: opts.folder } : {});
      io.out(`backup written: ${made.file}`);
      io.out(`${made.bytes} bytes, sha256 ${made.sha256}`);
    });

  backup
    .command('verify <file>')
    .description('opens a backup with its passphrase (or --recovery-code) and checks it, restoring nothing')
    .option('--recovery-code', `open it with the recovery code (from ${RECOVERY_CODE_ENV} or asked for)`)
    .action(async (file: string, opts: SecretOptions) => {
      const report = await call(makeCore(), 'backup.verify', { file, ...(await backupSecret(opts)) });
      printReport(io, report);
      io.out('backup ok');
    });

  backup
    .command('restore <file>')
    .description(
      'restores into an empty data folder; over an existing vault only after a safety backup of it (unlocks it first)',
    )
    .option(
      '--recovery-code',
      `open it with the recovery code and set a new passphrase (${NEW_PASSPHRASE_ENV})`,
    )
    .action(async (file: string, opts: SecretOptions) => {
      const probe = makeCore();
      const { state } = await call(probe, 'vault.status', {});
      // Replacing a vault: it is unlocked (with the current passphrase) so it can be backed up first.
      const core = state === 'uninitialized' ? probe : await openCore();
      const secret = await backupSecret(opts);
      const input =
        'recoveryCode' in secret
          ? { file, ...secret, newPassphrase: await readNewPassphrase(NEW_PASSPHRASE_ENV, env) }
          : { file, ...secret };
      const restored = await call(core, 'backup.restore', input);
      printReport(io, restored);
      if (restored.safetyBackup)
        io.out(`the vault it replaced was backed up first to: ${restored.safetyBackup}`);
      if (restored.replacedFolder)
        io.out(`the damaged vault it replaced was moved to: ${restored.replacedFolder}`);
      io.out('restored; unlock with the passphrase');
    });
}
