import type { Migration } from './migration';

/**
 * Client feedback filed under market-analysis tags (P1.3.3), and anomalies escalated with their
 * severity, who was told and each action taken (P1.3.4). Actions are appended, never edited.
 */
export const migration0025: Migration = {
  version: 25,
  name: 'client feedback and escalations',
  up(db) {
    db.exec(`
      CREATE TABLE client_feedback (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL,
        received_on TEXT NOT NULL,
        topic TEXT NOT NULL CHECK (topic IN ('product', 'service', 'market_view', 'other')),
        summary TEXT NOT NULL,
        product_id TEXT,
        created_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX client_feedback_received ON client_feedback (received_on);
      CREATE INDEX client_feedback_client ON client_feedback (client_id);
      CREATE TABLE client_feedback_tags (
        feedback_id TEXT NOT NULL REFERENCES client_feedback (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (feedback_id, tag)
      ) WITHOUT ROWID;

      CREATE TABLE escalations (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low')),
        raised_at TEXT NOT NULL,
        description TEXT NOT NULL,
        told_whom TEXT NOT NULL,
        told_at TEXT NOT NULL,
        due_at TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('open', 'in_progress', 'resolved')),
        resolved_at TEXT,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((state = 'resolved') = (resolved_at IS NOT NULL))
      ) WITHOUT ROWID;
      CREATE INDEX escalations_state ON escalations (state, due_at);
      CREATE INDEX escalations_client ON escalations (client_id);
      CREATE TABLE escalation_actions (
        escalation_id TEXT NOT NULL REFERENCES escalations (id),
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        text TEXT NOT NULL,
        state TEXT NOT NULL,
        by_name TEXT NOT NULL,
        PRIMARY KEY (escalation_id, seq)
      ) WITHOUT ROWID;
    `);
  },
};
