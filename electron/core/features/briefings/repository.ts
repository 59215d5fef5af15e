import {
  deckContentSchema,
  slideSchema,
  type Deck,
  type DeckContent,
  type DeckVersion,
} from '../../../../shared/features/briefings';
import type { Database } from '../../db/open';
import { moveClientRows } from '../../kernel/client-merger';

interface VersionRow {
  deck_id: string;
  version: number;
  title: string;
  kind: string;
  client_id: string | null;
  slides: string;
  saved_at: string;
  saved_by: string;
  restored_from: number | null;
  latest_version: number;
  created_at: string;
}

interface SummaryRow {
  id: string;
  title: string;
  kind: string;
  client_id: string | null;
  version: number;
  slides: string;
  saved_at: string;
  created_at: string;
}

function toDeck(row: VersionRow): Deck {
  const content = deckContentSchema.parse({
    title: row.title,
    kind: row.kind,
    clientId: row.client_id,
    slides: (JSON.parse(row.slides) as unknown[]).map((s) => slideSchema.parse(s)),
  });
  return {
    ...content,
    id: row.deck_id,
    version: row.version,
    latest: row.version === row.latest_version,
    savedAt: row.saved_at,
    savedBy: row.saved_by,
    createdAt: row.created_at,
  };
}

const VERSION_SELECT = `SELECT v.*, d.latest_version, d.created_at FROM briefing_deck_versions v
  JOIN briefing_decks d ON d.id = v.deck_id`;

/** The decks and their versions. Writes run in the caller's unit of work. */
export class BriefingsRepository {
  constructor(private readonly db: Database) {}

  /** Merging a duplicate dossier: client decks and their versions move to the client kept. */
  mergeClient(fromId: string, intoId: string): number {
    return moveClientRows(this.db, ['briefing_decks', 'briefing_deck_versions'], fromId, intoId);
  }

  /** Decks not deleted, at their latest version, most recently saved first. */
  list(clientId?: string): (Omit<SummaryRow, 'slides'> & { slideCount: number })[] {
    const rows = this.db
      .prepare(
        `SELECT d.id, v.title, v.kind, v.client_id, v.version, v.slides, v.saved_at, d.created_at
         FROM briefing_decks d JOIN briefing_deck_versions v ON v.deck_id = d.id AND v.version = d.latest_version
         WHERE d.deleted_at IS NULL AND (@clientId IS NULL OR d.client_id = @clientId)
         ORDER BY v.saved_at DESC, d.id`,
      )
      .all({ clientId: clientId ?? null }) as SummaryRow[];
    return rows.map(({ slides, ...row }) => ({
      ...row,
      slideCount: (JSON.parse(slides) as unknown[]).length,
    }));
  }

  /** The deck at a version (default the latest); null when there is none or it was deleted. */
  get(id: string, version?: number): Deck | null {
    const row = this.db
      .prepare(
        `${VERSION_SELECT} WHERE d.id = ? AND d.deleted_at IS NULL AND v.version = COALESCE(?, d.latest_version)`,
      )
      .get(id, version ?? null) as VersionRow | undefined;
    return row ? toDeck(row) : null;
  }

  /** Every deck that names the client, deleted ones too (a personal-data copy lists them all), latest versions. */
  ofClient(clientId: string): (Deck & { deleted: boolean })[] {
    const rows = this.db
      .prepare(
        `${VERSION_SELECT.replace('SELECT v.*, d.latest_version, d.created_at', 'SELECT v.*, d.latest_version, d.created_at, d.deleted_at')}
         WHERE d.client_id = ? AND v.version = d.latest_version ORDER BY d.created_at, d.id`,
      )
      .all(clientId) as (VersionRow & { deleted_at: string | null })[];
    return rows.map((row) => ({ ...toDeck(row), deleted: row.deleted_at !== null }));
  }

  versions(id: string): DeckVersion[] {
    const rows = this.db
      .prepare('SELECT * FROM briefing_deck_versions WHERE deck_id = ? ORDER BY version DESC')
      .all(id) as VersionRow[];
    return rows.map((row) => ({
      version: row.version,
      title: row.title,
      slideCount: (JSON.parse(row.slides) as unknown[]).length,
      savedAt: row.saved_at,
      savedBy: row.saved_by,
      restoredFrom: row.restored_from,
    }));
  }

  create(id: string, now: string): void {
    this.db
      .prepare(
        'INSERT INTO briefing_decks (id, client_id, latest_version, created_at) VALUES (?, NULL, 0, ?)',
      )
      .run(id, now);
  }

  /** Appends the next version and makes it the latest; answers its number. */
  addVersion(
    id: string,
    content: DeckContent,
    saved: { at: string; by: string; restoredFrom?: number },
  ): number {
    const { latest_version } = this.db
      .prepare('SELECT latest_version FROM briefing_decks WHERE id = ?')
      .get(id) as { latest_version: number };
    const version = latest_version + 1;
    this.db
      .prepare(
        `INSERT INTO briefing_deck_versions (deck_id, version, title, kind, client_id, slides, saved_at, saved_by, restored_from)
         VALUES (@id, @version, @title, @kind, @clientId, @slides, @at, @by, @restoredFrom)`,
      )
      .run({
        id,
        version,
        title: content.title,
        kind: content.kind,
        clientId: content.clientId,
        slides: JSON.stringify(content.slides),
        at: saved.at,
        by: saved.by,
        restoredFrom: saved.restoredFrom ?? null,
      });
    this.db
      .prepare('UPDATE briefing_decks SET latest_version = ?, client_id = ? WHERE id = ?')
      .run(version, content.clientId, id);
    return version;
  }

  softDelete(id: string, now: string): boolean {
    return (
      this.db
        .prepare('UPDATE briefing_decks SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
        .run(now, id).changes === 1
    );
  }

  /** A deleted client's decks go, every version (their names and notes are the client's data). */
  eraseClient(clientId: string): number {
    const ids = this.db
      .prepare(
        `SELECT DISTINCT deck_id FROM briefing_deck_versions WHERE client_id = ?
         UNION SELECT id FROM briefing_decks WHERE client_id = ?`,
      )
      .all(clientId, clientId) as { deck_id: string }[];
    const drop = this.db.prepare('DELETE FROM briefing_decks WHERE id = ?');
    return ids.reduce((n, { deck_id }) => n + drop.run(deck_id).changes, 0);
  }

  addImage(id: string, mime: string, bytes: Buffer, now: string): void {
    this.db
      .prepare('INSERT OR IGNORE INTO briefing_images (id, mime, bytes, created_at) VALUES (?, ?, ?, ?)')
      .run(id, mime, bytes, now);
  }

  image(id: string): { mime: string; bytes: Buffer } | null {
    return (
      (this.db.prepare('SELECT mime, bytes FROM briefing_images WHERE id = ?').get(id) as
        { mime: string; bytes: Buffer } | undefined) ?? null
    );
  }
}
