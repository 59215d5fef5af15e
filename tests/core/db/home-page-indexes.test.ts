import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Database } from '../../../electron/core/db';
import { ActivitiesRepository } from '../../../electron/core/features/activities';
import { TiersRepository } from '../../../electron/core/features/tiers';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';

/**
 * The 今日 page's two whole-book reads are answered from an index alone (migration 31): a table
 * row looked up per entry is a random read and a page decrypt each, 10 ms over a large book.
 * The SQL is the repositories' own, caught as they prepare it, and SQLite's plan read back.
 */

let dir: string;
let db: Database;
beforeEach(() => {
  dir = makeTempDataDir();
  db = openDatabase(join(dir, 'home.db'), randomBytes(32), { create: true });
  migrate(db);
});
afterEach(() => {
  db.close();
  removeTempDataDir(dir);
});

/** The plan of each statement `read` prepares, one line per step. */
function plansOf(read: () => unknown, parameters: (sql: string) => unknown[]): Map<string, string[]> {
  const prepared: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof db.prepare;
  try {
    read();
  } finally {
    db.prepare = prepare;
  }
  return new Map(
    prepared.map((sql) => [
      sql,
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters(sql)) as { detail: string }[]).map(
        (step) => step.detail,
      ),
    ]),
  );
}

describe('the 今日 page reads indexes only', () => {
  it('counts the open follow-ups due by the week end from the open follow-ups index alone', () => {
    const repository = new ActivitiesRepository(db);
    const plans = plansOf(
      () => repository.openFollowUpsDueBy('2026-12-06', 100, ['a-client-left-out']),
      (sql) => (sql.includes('LIMIT') ? ['2026-12-06', '[]', 100] : ['2026-12-06', '[]']),
    );
    const count = [...plans].find(([sql]) => sql.includes('COUNT(*)'));
    expect(count?.[1]).toContain('SEARCH follow_ups USING COVERING INDEX follow_ups_open (due_on<?)');
  });

  it('walks the clients in service in client ID order on a covering index, with no sort', () => {
    const repository = new TiersRepository(db);
    const plans = plansOf(
      () => repository.inService(),
      () => [],
    );
    expect([...plans.values()]).toEqual([
      ['SEARCH client_tiers USING COVERING INDEX client_tiers_in_service (in_service=?)'],
    ]);
  });
});
