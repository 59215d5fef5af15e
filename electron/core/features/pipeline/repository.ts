import { PIPELINE_STAGES, type PipelineStage } from '../../../../shared/features/pipeline';
import type { Database } from '../../db/open';

export interface StoredEntry {
  clientId: string;
  stage: PipelineStage;
  since: string;
  enteredOn: string;
  lostReason: string | null;
  history: { stage: PipelineStage; on: string }[];
}

type EntryRow = Omit<StoredEntry, 'history'>;

const ENTRY_COLUMNS = `client_id AS clientId, stage, since, entered_on AS enteredOn, lost_reason AS lostReason`;

/** The pipeline tables. Writes run in the caller's unit of work. */
export class PipelineRepository {
  constructor(private readonly db: Database) {}

  /** Entries still open, or all of them; with `enteredFrom`, only those entered on or after it. */
  entries(filter: { includeClosed?: boolean; enteredFrom?: string } = {}): StoredEntry[] {
    const rows = this.db
      .prepare(
        `SELECT ${ENTRY_COLUMNS} FROM pipeline_entries
         WHERE (@closed = 1 OR stage NOT IN ('account_opened', 'lost'))
           AND (@from IS NULL OR entered_on >= @from)
         ORDER BY since DESC, client_id`,
      )
      .all({ closed: filter.includeClosed ? 1 : 0, from: filter.enteredFrom ?? null }) as EntryRow[];
    return this.withHistory(rows);
  }

  entry(clientId: string): StoredEntry | null {
    const row = this.db
      .prepare(`SELECT ${ENTRY_COLUMNS} FROM pipeline_entries WHERE client_id = ?`)
      .get(clientId) as EntryRow | undefined;
    return row ? this.withHistory([row])[0]! : null;
  }

  /** Records a move; the first one enters the prospect in the pipeline. */
  move(clientId: string, stage: PipelineStage, on: string, lostReason: string | null): void {
    this.db
      .prepare(
        `INSERT INTO pipeline_entries (client_id, stage, since, entered_on, lost_reason)
         VALUES (@clientId, @stage, @on, @on, @lostReason)
         ON CONFLICT (client_id) DO UPDATE SET stage = @stage, since = @on, lost_reason = @lostReason`,
      )
      .run({ clientId, stage, on, lostReason });
    this.db
      .prepare(
        `INSERT INTO pipeline_moves (client_id, seq, stage, on_day)
         VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM pipeline_moves WHERE client_id = ?), ?, ?)`,
      )
      .run(clientId, clientId, stage, on);
  }

  /** Accounts opened from one day to another, both included. */
  openedBetween(from: string, to: string): number {
    return this.db
      .prepare(
        `SELECT COUNT(*) FROM pipeline_moves WHERE stage = 'account_opened' AND on_day BETWEEN ? AND ?`,
      )
      .pluck()
      .get(from, to) as number;
  }

  /**
   * Merging a duplicate dossier: one entry per client, so the client kept stands at the more advanced
   * of the two stages (a live stage before a loss) and the moves of both are one history, by day.
   */
  mergeClient(fromId: string, intoId: string): number {
    const from = this.entry(fromId);
    if (from === null) return 0;
    const into = this.entry(intoId);
    const kept = into === null || stageRank(from.stage) > stageRank(into.stage) ? from : into;
    // Sorted by day, stable: on a day both have, the client kept's moves come first.
    const history = [...(into?.history ?? []), ...from.history].sort((a, b) => a.on.localeCompare(b.on));
    const enteredOn = into === null || from.enteredOn < into.enteredOn ? from.enteredOn : into.enteredOn;
    this.eraseClient(fromId);
    this.eraseClient(intoId);
    this.db
      .prepare(
        `INSERT INTO pipeline_entries (client_id, stage, since, entered_on, lost_reason)
         VALUES (@intoId, @stage, @since, @enteredOn, @lostReason)`,
      )
      .run({ intoId, stage: kept.stage, since: kept.since, enteredOn, lostReason: kept.lostReason });
    const insertMove = this.db.prepare(
      'INSERT INTO pipeline_moves (client_id, seq, stage, on_day) VALUES (?, ?, ?, ?)',
    );
    history.forEach((move, index) => insertMove.run(intoId, index + 1, move.stage, move.on));
    return 1 + from.history.length;
  }

  /** Client deletion: where a prospect stood is personal data no rule keeps. */
  eraseClient(clientId: string): number {
    this.db.prepare('DELETE FROM pipeline_moves WHERE client_id = ?').run(clientId);
    return this.db.prepare('DELETE FROM pipeline_entries WHERE client_id = ?').run(clientId).changes;
  }

  private withHistory(rows: EntryRow[]): StoredEntry[] {
    const select = this.db.prepare(
      'SELECT stage, on_day AS "on" FROM pipeline_moves WHERE client_id = ? ORDER BY seq',
    );
    return rows.map((row) => ({ ...row, history: select.all(row.clientId) as StoredEntry['history'] }));
  }
}

/** How far a prospect got: the funnel's order, a loss below every live stage. */
function stageRank(stage: PipelineStage): number {
  return stage === 'lost' ? -1 : PIPELINE_STAGES.indexOf(stage);
}
