import type { Migration } from './migration';

/** The product shelf (KYP) and its notes log: what changed on each product, when and by whom (P2.1.3). */
export const migration0007: Migration = {
  version: 7,
  name: 'product shelf and KYP notes',
  up(db) {
    db.exec(`
      CREATE TABLE products (
        num INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        code TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name_zh TEXT NOT NULL,
        name_en TEXT,
        issuer TEXT NOT NULL,
        type TEXT NOT NULL,
        currency TEXT NOT NULL,
        issuer_risk_rating INTEGER NOT NULL CHECK (issuer_risk_rating BETWEEN 1 AND 5),
        -- The firm may rate a product higher than the issuer did, never lower.
        risk_rating INTEGER NOT NULL CHECK (risk_rating BETWEEN 1 AND 5 AND risk_rating >= issuer_risk_rating),
        asset_class TEXT NOT NULL,
        is_foreign INTEGER NOT NULL CHECK (is_foreign IN (0, 1)),
        is_complex INTEGER NOT NULL CHECK (is_complex IN (0, 1)),
        front_load_percent REAL,
        management_percent REAL,
        custody_percent REAL,
        switching_fee TEXT,
        early_redemption TEXT,
        compensation_disclosure TEXT,
        max_loss_statement TEXT,
        dividend_from_principal INTEGER NOT NULL CHECK (dividend_from_principal IN (0, 1)),
        risk_disclosure_blocks TEXT NOT NULL CHECK (json_valid(risk_disclosure_blocks)),
        launch_date TEXT,
        expiry_date TEXT,
        state TEXT NOT NULL CHECK (state IN ('draft', 'approved', 'suspended', 'withdrawn')),
        state_changed_by TEXT,
        state_changed_at TEXT,
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      -- Append-only: the automatic note of each change (the fields it touched) and typed remarks.
      CREATE TABLE product_notes (
        id INTEGER PRIMARY KEY,
        product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        author TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('created', 'changed', 'state', 'imported', 'note')),
        fields TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(fields)),
        from_state TEXT,
        to_state TEXT,
        text TEXT
      );
      CREATE INDEX product_notes_product ON product_notes (product_id, id);
    `);
  },
};
