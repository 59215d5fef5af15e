import { SCHEMA_VERSION, schemaVersion } from './migrate';
import type { Database } from './open';

export interface DatabaseCheck {
  /** "ok", or the problems SQLite's integrity checks found, joined by "; ". */
  integrity: string;
  schemaVersion: number;
  expectedVersion: number;
  cipher: string;
}

const SEARCH_TABLES = ['client_search', 'client_name_chars'] as const;

/** What `cli verify` reports: page and index integrity, migration state and the cipher in use. */
export function verifyDatabase(db: Database): DatabaseCheck {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const problems = rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
  for (const table of SEARCH_TABLES) {
    if (!searchIndexIsSound(db, table)) problems.push(`search index ${table} is damaged`);
  }
  return {
    integrity: problems.length === 0 ? 'ok' : problems.join('; '),
    schemaVersion: schemaVersion(db),
    expectedVersion: SCHEMA_VERSION,
    cipher: String(db.pragma('cipher', { simple: true })),
  };
}

/** FTS5's own structure check; a table an older schema lacks counts as sound. */
function searchIndexIsSound(db: Database, table: (typeof SEARCH_TABLES)[number]): boolean {
  if (!db.prepare('SELECT 1 FROM sqlite_schema WHERE name = ?').get(table)) return true;
  try {
    db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
    return true;
  } catch {
    return false;
  }
}
