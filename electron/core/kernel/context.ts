import type { FxRates, Settings } from '../../../shared/features/settings';
import type { Database } from '../db';
import type { DocumentRenderer } from '../documents/renderer';
import type { VaultSession } from '../vault/session';

/**
 * What every feature's handlers may use: the vault session, the open database, the clock, the
 * settings, the exchange rates in force and the document renderer. Made once in app.ts and handed to each feature's
 * `create…Handlers(context)`.
 */
export interface CoreContext {
  session: VaultSession;
  /** Something built over the open database (a repository), made once per unlock; LOCKED when locked. */
  perDatabase<T>(make: (db: Database) => T): () => T;
  /** The settings of the open vault, over the defaults. */
  settings(): Settings;
  /**
   * The exchange rates every TWD total uses (one rule): each currency's latest imported FX point
   * with its date, else the settings' rate and date (market-data's fxRates()).
   */
  fxRates(): FxRates;
  now(): number;
  nowIso(): string;
  /** The documents lane (PDF layout, charts); each feature composes its own documents on it. */
  documents: DocumentRenderer;
  version: string;
  schemaVersion: number;
}

/** perDatabase for a session: the value is rebuilt when the database is another (after lock and unlock). */
export function perDatabaseOf(session: VaultSession) {
  return <T>(make: (db: Database) => T): (() => T) => {
    let cache: { db: Database; value: T } | null = null;
    return () => {
      const db = session.database();
      if (cache?.db !== db) cache = { db, value: make(db) };
      return cache.value;
    };
  };
}
