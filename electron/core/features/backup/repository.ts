import type { BackupKind } from '../../../../shared/features/backup';
import type { Database } from '../../db';

export interface BackupLogRow {
  at: string;
  kind: BackupKind;
  file: string;
  bytes: number;
  sha256: string;
}

/** The backup_log table: one row per backup made from this vault. */
export class BackupRepository {
  constructor(private readonly db: Database) {}

  record(row: BackupLogRow): void {
    this.db
      .prepare('INSERT INTO backup_log (at, kind, file, bytes, sha256) VALUES (?, ?, ?, ?, ?)')
      .run(row.at, row.kind, row.file, row.bytes, row.sha256);
  }

  /** The newest backup, of one kind or of any. */
  latest(kind?: BackupKind): BackupLogRow | null {
    const row = kind
      ? this.db
          .prepare(
            'SELECT at, kind, file, bytes, sha256 FROM backup_log WHERE kind = ? ORDER BY at DESC, id DESC LIMIT 1',
          )
          .get(kind)
      : this.db
          .prepare('SELECT at, kind, file, bytes, sha256 FROM backup_log ORDER BY at DESC, id DESC LIMIT 1')
          .get();
    return (row as BackupLogRow | undefined) ?? null;
  }
}
