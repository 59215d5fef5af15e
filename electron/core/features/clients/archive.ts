import { AppError } from '../../../../shared/ipc/result';
import type { Database } from '../../db/open';

/**
 * Archiving: a client out of the working book (the list, tiering, the 今日 page) but kept whole,
 * and back with one action. The row's `archived_at` says since when; nothing else changes.
 */
export class ClientArchive {
  constructor(private readonly db: Database) {}

  /** Sets or clears the archive mark if nobody changed the client since `expectedVersion`. */
  set(id: string, archived: boolean, expectedVersion: number, now: string): void {
    const row = this.db
      .prepare<[string], { version: number; deleted_at: string | null; archived_at: string | null }>(
        'SELECT version, deleted_at, archived_at FROM clients WHERE id = ?',
      )
      .get(id);
    if (!row || row.deleted_at !== null) throw new AppError('NOT_FOUND', 'no client with that id');
    if (row.version !== expectedVersion) {
      throw new AppError('CONFLICT', 'the client was changed after it was loaded; reload and try again', {
        currentVersion: row.version,
      });
    }
    // Archiving an archived client keeps the day it was first archived.
    this.db
      .prepare(
        `UPDATE clients SET archived_at = CASE WHEN @archived THEN coalesce(archived_at, @now) END,
           version = version + 1, updated_at = @now WHERE id = @id`,
      )
      .run({ id, archived: archived ? 1 : 0, now });
  }
}
