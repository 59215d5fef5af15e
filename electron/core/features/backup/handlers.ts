import { BACKUP_CHANNELS } from '../../../../shared/features/backup';
import type { CoreContext } from '../../kernel/context';
import { WriteAfter, type FeatureHandlers } from '../../kernel/handlers';
import { BackupRepository } from './repository';
import { BackupService, type BackupServiceDeps } from './service';

/** The backup service over the open database, for this feature's handlers, the scheduler and the dashboard. */
export function createBackupService(
  context: CoreContext,
  deps: Omit<BackupServiceDeps, 'repository'>,
): BackupService {
  return new BackupService(context, {
    ...deps,
    repository: context.perDatabase((db) => new BackupRepository(db)),
  });
}

export function createBackupHandlers(
  context: CoreContext,
  backup: BackupService,
): FeatureHandlers<typeof BACKUP_CHANNELS> {
  return {
    'backup.status': () => {
      const { schedule, reminderDays } = context.settings().backup;
      const status = backup.status();
      const ageDays =
        status.lastBackupAt === null
          ? null
          : Math.floor((context.now() - Date.parse(status.lastBackupAt)) / 86_400_000);
      return { ...status, folder: backup.scheduledFolder(), schedule, reminderDays, ageDays };
    },
    // The copy is made outside any transaction; its log row and audit entry commit together after.
    'backup.create': ({ folder }) =>
      new WriteAfter(
        backup.make('manual', folder).then((row) => () => {
          backup.record(row);
          return { file: row.file, bytes: row.bytes, sha256: row.sha256, createdAt: row.at };
        }),
      ),
    'backup.verify': ({ file, ...secret }) => backup.verify(file, secret),
    'backup.restore': (input) => backup.restore(input),
  };
}
