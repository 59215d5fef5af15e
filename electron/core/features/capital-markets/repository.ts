import type { AssumptionsFile } from '../../../../shared/features/capital-markets';
import type { Database } from '../../db/open';

export interface StoredAssumptions {
  document: AssumptionsFile;
  /** When it was imported, or stored as the version a proposal named (a shipped one). */
  importedAt: string;
  /** Shipped with a release of the app (stored when a proposal first named it), not imported. */
  shipped: boolean;
}

/** The assumptions versions and the activation log, both only ever added to. */
export class AssumptionsRepository {
  constructor(private readonly db: Database) {}

  /** Every imported version, oldest first. */
  all(): StoredAssumptions[] {
    const rows = this.db
      .prepare('SELECT document, imported_at, shipped FROM market_assumptions ORDER BY imported_at, version')
      .all() as { document: string; imported_at: string; shipped: number }[];
    return rows.map((row) => ({
      document: JSON.parse(row.document) as AssumptionsFile,
      importedAt: row.imported_at,
      shipped: row.shipped === 1,
    }));
  }

  byVersion(version: string): AssumptionsFile | null {
    const row = this.db.prepare('SELECT document FROM market_assumptions WHERE version = ?').get(version) as
      { document: string } | undefined;
    return row ? (JSON.parse(row.document) as AssumptionsFile) : null;
  }

  insert(document: AssumptionsFile, importedAt: string, { shipped = false } = {}): void {
    this.db
      .prepare('INSERT INTO market_assumptions (version, document, imported_at, shipped) VALUES (?, ?, ?, ?)')
      .run(document.version, JSON.stringify(document), importedAt, shipped ? 1 : 0);
  }

  activate(version: string, at: string): void {
    this.db
      .prepare('INSERT INTO market_assumption_activations (version, activated_at) VALUES (?, ?)')
      .run(version, at);
  }

  /** The latest activation, or null before any. */
  latestActivation(): { version: string; activatedAt: string } | null {
    const row = this.db
      .prepare('SELECT version, activated_at FROM market_assumption_activations ORDER BY num DESC LIMIT 1')
      .get() as { version: string; activated_at: string } | undefined;
    return row ? { version: row.version, activatedAt: row.activated_at } : null;
  }

  /** When each version was last activated. */
  lastActivations(): Map<string, string> {
    const rows = this.db
      .prepare('SELECT version, max(activated_at) AS at FROM market_assumption_activations GROUP BY version')
      .all() as { version: string; at: string }[];
    return new Map(rows.map((row) => [row.version, row.at]));
  }
}
