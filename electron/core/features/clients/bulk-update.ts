import type { z } from 'zod';
import type { bulkClientChangeSchema } from '../../../../shared/features/clients/book';
import { MAX_CLIENT_TAGS } from '../../../../shared/features/clients/schema';
import { AppError } from '../../../../shared/ipc/result';
import type { Database } from '../../db/open';

/** A bulk change as the router hands it over (parsed). */
export type BulkChange = z.output<typeof bulkClientChangeSchema>;

/**
 * One change to many clients, set-wise in SQL (2,000 clients are a handful of statements, not 2,000
 * loads and saves). Runs in the router's transaction, checks everything before the first write,
 * and moves the version and updated_at of each client it changes, so a form opened before gets
 * CONFLICT. Tags and advisors are not in the search index: it needs no update.
 */
export class ClientBulkUpdate {
  constructor(private readonly db: Database) {}

  apply(ids: readonly string[], change: BulkChange, now: string): { changed: number; unchanged: number } {
    const idsJson = JSON.stringify(ids);
    const live = this.db
      .prepare<[string], number>(
        'SELECT count(*) FROM clients WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))',
      )
      .pluck()
      .get(idsJson);
    if (live !== ids.length) {
      // Unknown or deleted: which one is not said, as an ID list from a screen may be stale as a whole.
      throw new AppError('NOT_FOUND', 'a selected client does not exist or was deleted');
    }
    const changedIds = this.changedIds(idsJson, change);
    if (changedIds.length > 0) this.write(changedIds, change, now);
    return { changed: changedIds.length, unchanged: ids.length - changedIds.length };
  }

  /** The clients the change alters: those without the tag, with it, or with another advisor. */
  private changedIds(idsJson: string, change: BulkChange): string[] {
    const selected = 'SELECT value FROM json_each(@ids)';
    const hasTag = 'EXISTS (SELECT 1 FROM client_tags t WHERE t.client_id = c.id AND t.tag = @tag)';
    if (change.kind === 'assignAdvisor') {
      return this.db
        .prepare<[{ ids: string; advisor: string }], string>(
          `SELECT id FROM clients c WHERE id IN (${selected}) AND coalesce(advisor, '') <> @advisor`,
        )
        .pluck()
        .all({ ids: idsJson, advisor: change.advisor ?? '' });
    }
    const ids = this.db
      .prepare<[{ ids: string; tag: string }], string>(
        `SELECT id FROM clients c WHERE id IN (${selected}) AND ${change.kind === 'addTag' ? 'NOT' : ''} ${hasTag}`,
      )
      .pluck()
      .all({ ids: idsJson, tag: change.tag });
    if (change.kind === 'addTag') this.checkTagRoom(ids);
    return ids;
  }

  /** A tag added to a client who has the most tags already refuses the whole change. */
  private checkTagRoom(ids: readonly string[]): void {
    const full = this.db
      .prepare<[string, number], number>(
        `SELECT count(*) FROM (SELECT client_id FROM client_tags
           WHERE client_id IN (SELECT value FROM json_each(?)) GROUP BY client_id HAVING count(*) >= ?)`,
      )
      .pluck()
      .get(JSON.stringify(ids), MAX_CLIENT_TAGS);
    if (full) {
      throw new AppError('VALIDATION', `${full} selected client(s) have ${MAX_CLIENT_TAGS} tags already`, {
        issues: [{ path: ['change', 'tag'], message: 'validation.tooManyTags' }],
      });
    }
  }

  private write(ids: readonly string[], change: BulkChange, now: string): void {
    const idsJson = JSON.stringify(ids);
    const selected = 'SELECT value FROM json_each(@ids)';
    if (change.kind === 'addTag') {
      this.db
        .prepare(`INSERT INTO client_tags (client_id, tag) SELECT value, @tag FROM json_each(@ids)`)
        .run({ ids: idsJson, tag: change.tag });
    } else if (change.kind === 'removeTag') {
      this.db
        .prepare(`DELETE FROM client_tags WHERE tag = @tag AND client_id IN (${selected})`)
        .run({ ids: idsJson, tag: change.tag });
    }
    const advisor = change.kind === 'assignAdvisor' ? ', advisor = @advisor' : '';
    this.db
      .prepare(
        `UPDATE clients SET version = version + 1, updated_at = @now${advisor} WHERE id IN (${selected})`,
      )
      .run({ ids: idsJson, now, ...(change.kind === 'assignAdvisor' ? { advisor: change.advisor } : {}) });
  }
}
