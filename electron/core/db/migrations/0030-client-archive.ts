import type { Migration } from './migration';

/**
 * Kept records whose triggers refuse any change. A merge of a duplicate dossier moves them to the
 * dossier kept (issue 12 §8): the triggers are made again to refuse every change but the client it
 * belongs to. The columns are read here, once: this step keeps what it wrote.
 */
const KEPT_TABLES = [
  ['kyc_assessments', 'kyc_assessments_kept', 'a kyc assessment is never changed'],
  [
    'investor_class_applications',
    'investor_class_applications_kept',
    'investor class records are kept unchanged',
  ],
  ['briefing_deck_versions', 'briefing_deck_versions_kept', 'a saved deck version is never changed'],
] as const;

function columnsBut(db: Parameters<Migration['up']>[0], table: string, except: string): string[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[])
    .map((c) => c.name)
    .filter((name) => name !== except);
}

/**
 * Archiving (clients.archived_at: out of the working book, kept whole) and merging: a prospect may
 * be entered without a national ID ('' in the NOT NULL column), so the one-dossier-per-ID index
 * leaves '' out; and the kept records may change owner (the client), nothing else.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'client archive and merge',
  up(db) {
    db.exec(`
      ALTER TABLE clients ADD COLUMN archived_at TEXT;
      DROP INDEX IF EXISTS clients_national_id;
      CREATE UNIQUE INDEX clients_national_id ON clients (national_id) WHERE national_id <> '';
    `);
    for (const [table, trigger, message] of KEPT_TABLES) {
      const changed = columnsBut(db, table, 'client_id')
        .map((column) => `NEW.${column} IS NOT OLD.${column}`)
        .join(' OR ');
      db.exec(`
        DROP TRIGGER ${trigger};
        CREATE TRIGGER ${trigger} BEFORE UPDATE ON ${table} WHEN ${changed}
          BEGIN SELECT RAISE(ABORT, '${message}'); END;
      `);
    }
    // A presented proposal: as in step 14, but its client may change (a merge).
    db.exec(`
      DROP TRIGGER proposals_presented_kept;
      CREATE TRIGGER proposals_presented_kept BEFORE UPDATE ON proposals
        WHEN OLD.state <> 'draft' AND (NEW.content IS NOT OLD.content OR NEW.facts IS NOT OLD.facts
          OR NEW.pdf IS NOT OLD.pdf OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256
          OR NEW.presented_on IS NOT OLD.presented_on OR NEW.expires_on IS NOT OLD.expires_on
          OR NEW.number IS NOT OLD.number OR NEW.revision IS NOT OLD.revision
          OR NEW.kind IS NOT OLD.kind OR NEW.title IS NOT OLD.title
          OR NEW.previous_id IS NOT OLD.previous_id OR NEW.investable_twd IS NOT OLD.investable_twd
          OR NEW.state = 'draft'
          OR (OLD.state <> 'presented' AND NEW.state IS NOT OLD.state))
        BEGIN SELECT RAISE(ABORT, 'a presented proposal is never changed'); END;
    `);
  },
};
