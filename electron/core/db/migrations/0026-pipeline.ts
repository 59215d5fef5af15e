import type { Migration } from './migration';

/**
 * The prospect pipeline (P1.1.1): each prospect's current stage, and every move with its day, so
 * accounts opened per period and conversions by stage and source can be counted.
 */
export const migration0026: Migration = {
  version: 26,
  name: 'prospect pipeline',
  up(db) {
    db.exec(`
      CREATE TABLE pipeline_entries (
        client_id TEXT PRIMARY KEY,
        stage TEXT NOT NULL,
        since TEXT NOT NULL,
        entered_on TEXT NOT NULL,
        lost_reason TEXT,
        CHECK ((stage = 'lost') = (lost_reason IS NOT NULL))
      ) WITHOUT ROWID;
      CREATE INDEX pipeline_entries_entered ON pipeline_entries (entered_on);
      CREATE TABLE pipeline_moves (
        client_id TEXT NOT NULL REFERENCES pipeline_entries (client_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        stage TEXT NOT NULL,
        on_day TEXT NOT NULL,
        PRIMARY KEY (client_id, seq)
      ) WITHOUT ROWID;
      CREATE INDEX pipeline_moves_stage_day ON pipeline_moves (stage, on_day);
    `);
  },
};
