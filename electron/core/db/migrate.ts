import { AppError } from '../../../shared/ipc/result';
import { MIGRATIONS } from './migrations';
import type { Database } from './open';

/**
 * Runs the schema steps of ./migrations in order, each in one transaction together with the bump
 * of `user_version`, so a crash leaves the database at one version or the next, never between.
 */
export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to SCHEMA_VERSION (or `to`, for tests of one step). Refuses a database
 * written by a newer AdvisorDesk rather than guess at a schema it does not know.
 */
export function migrate(db: Database, options: { to?: number } = {}): { from: number; to: number } {
  const from = schemaVersion(db);
  if (from > SCHEMA_VERSION) {
    throw new AppError(
      'DB_TOO_NEW',
      `the database was written by a newer AdvisorDesk (schema ${from}, this version knows ${SCHEMA_VERSION}); update the app`,
      { schemaVersion: from, supportedVersion: SCHEMA_VERSION },
    );
  }
  const target = Math.min(options.to ?? SCHEMA_VERSION, SCHEMA_VERSION);
  for (const migration of MIGRATIONS) {
    if (migration.version <= from || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return { from, to: Math.max(from, target) };
}
