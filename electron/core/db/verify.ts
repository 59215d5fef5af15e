import { SCHEMA_VERSION, schemaVersion } from './migrations';
import type { Database } from './open';

export interface DatabaseCheck {
  /** "ok", or the problems SQLite's integrity check found. */
  integrity: string;
  schemaVersion: number;
  expectedVersion: number;
  cipher: string;
}

/** What `cli verify` reports: page integrity, migration state and the cipher in use. */
export function verifyDatabase(db: Database): DatabaseCheck {
  const problems = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  const ftsOk = checkSearchIndex(db);
  const integrity = problems.map((row) => row.integrity_check).join('; ');
  return {
    integrity: ftsOk || integrity !== 'ok' ? integrity : 'search index damaged',
    schemaVersion: schemaVersion(db),
    expectedVersion: SCHEMA_VERSION,
    cipher: String(db.pragma('cipher', { simple: true })),
  };
}

/** FTS5's own consistency check; true when there is no index yet (an old schema). */
function checkSearchIndex(db: Database): boolean {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'client_search'").get();
  if (!exists) return true;
  try {
    db.prepare("INSERT INTO client_search (client_search, rank) VALUES ('integrity-check', 1)").run();
    return true;
  } catch {
    return false;
  }
}
