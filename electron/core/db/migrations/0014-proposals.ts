import type { Migration } from './migration';

/**
 * Proposals (建議書) and the client's decisions on them. A draft's content changes; once
 * presented, the content, the frozen facts and the PDF (with its SHA-256) never change, and a
 * presented proposal is never deleted (only with its client). A decision is written once.
 * `state` holds draft, presented or the decision's outcome; "expired" is read from expires_on.
 */
export const migration0014: Migration = {
  version: 14,
  name: 'proposals and decisions',
  up(db) {
    db.exec(`
      CREATE TABLE proposals (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        number TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        previous_id TEXT REFERENCES proposals (id),
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        content TEXT NOT NULL CHECK (json_valid(content)),
        state TEXT NOT NULL CHECK (state IN ('draft', 'presented', 'accepted', 'partly_accepted', 'declined')),
        investable_twd REAL,
        presented_on TEXT,
        expires_on TEXT,
        facts TEXT CHECK (facts IS NULL OR json_valid(facts)),
        pdf BLOB,
        pdf_sha256 TEXT,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (number, revision),
        CHECK (state = 'draft' OR (presented_on IS NOT NULL AND expires_on IS NOT NULL
          AND facts IS NOT NULL AND pdf IS NOT NULL AND pdf_sha256 IS NOT NULL))
      ) WITHOUT ROWID;
      CREATE INDEX proposals_client ON proposals (client_id, created_at);
      CREATE INDEX proposals_presented ON proposals (presented_on);

      CREATE TRIGGER proposals_presented_kept BEFORE UPDATE ON proposals
        WHEN OLD.state <> 'draft' AND (NEW.content IS NOT OLD.content OR NEW.facts IS NOT OLD.facts
          OR NEW.pdf IS NOT OLD.pdf OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256
          OR NEW.presented_on IS NOT OLD.presented_on OR NEW.expires_on IS NOT OLD.expires_on
          OR NEW.number IS NOT OLD.number OR NEW.revision IS NOT OLD.revision
          OR NEW.client_id IS NOT OLD.client_id OR NEW.kind IS NOT OLD.kind OR NEW.title IS NOT OLD.title
          OR NEW.previous_id IS NOT OLD.previous_id OR NEW.investable_twd IS NOT OLD.investable_twd
          OR NEW.state = 'draft'
          OR (OLD.state <> 'presented' AND NEW.state IS NOT OLD.state))
        BEGIN SELECT RAISE(ABORT, 'a presented proposal is never changed'); END;
      -- A presented proposal goes only with its client (a purged demo client).
      CREATE TRIGGER proposals_presented_delete BEFORE DELETE ON proposals
        WHEN OLD.state <> 'draft' AND EXISTS (SELECT 1 FROM clients WHERE id = OLD.client_id)
        BEGIN SELECT RAISE(ABORT, 'a presented proposal is kept'); END;

      CREATE TABLE proposal_decisions (
        proposal_id TEXT PRIMARY KEY REFERENCES proposals (id) ON DELETE CASCADE,
        outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'partly_accepted', 'declined')),
        accepted_product_ids TEXT NOT NULL CHECK (json_valid(accepted_product_ids)),
        reason TEXT,
        decided_on TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        CHECK (outcome = 'accepted' OR length(trim(coalesce(reason, ''))) > 0)
      ) WITHOUT ROWID;
      CREATE TRIGGER proposal_decisions_kept BEFORE UPDATE ON proposal_decisions
        BEGIN SELECT RAISE(ABORT, 'a decision is never changed'); END;
      CREATE TRIGGER proposal_decisions_kept_delete BEFORE DELETE ON proposal_decisions
        WHEN EXISTS (SELECT 1 FROM proposals WHERE id = OLD.proposal_id)
        BEGIN SELECT RAISE(ABORT, 'a decision is kept'); END;
    `);
  },
};
