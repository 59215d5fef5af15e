import type { Migration } from './migration';

/**
 * KYC risk profiles. Questionnaire versions are kept as their JSON documents. An assessment row is
 * never updated (a trigger refuses it): the client's confirmation and a reviewer's clearance are
 * rows of their own, written once. Assessments go only with their client (demo purge).
 */
export const migration0008: Migration = {
  version: 8,
  name: 'kyc questionnaires and assessments',
  up(db) {
    db.exec(`
      CREATE TABLE kyc_questionnaires (
        id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        document TEXT NOT NULL,
        imported_at TEXT,
        PRIMARY KEY (id, version)
      );
      CREATE TABLE kyc_assessments (
        num INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        questionnaire_id TEXT NOT NULL,
        questionnaire_version INTEGER NOT NULL,
        answers TEXT NOT NULL,
        tolerance_score INTEGER NOT NULL,
        capacity_score INTEGER NOT NULL,
        tolerance_level INTEGER NOT NULL,
        capacity_level INTEGER NOT NULL,
        grade_scale TEXT NOT NULL CHECK (grade_scale IN ('five', 'three')),
        grade_level INTEGER NOT NULL CHECK (grade_level BETWEEN 1 AND 5),
        grade_rule TEXT NOT NULL,
        flags TEXT NOT NULL,
        elderly INTEGER NOT NULL CHECK (elderly IN (0, 1)),
        age INTEGER,
        taken_on TEXT NOT NULL,
        valid_until TEXT NOT NULL,
        taken_at TEXT NOT NULL,
        advisor TEXT,
        snapshot TEXT NOT NULL,
        FOREIGN KEY (questionnaire_id, questionnaire_version) REFERENCES kyc_questionnaires (id, version)
      );
      CREATE INDEX kyc_assessments_client ON kyc_assessments (client_id, num);
      CREATE TABLE kyc_confirmations (
        assessment_id TEXT PRIMARY KEY REFERENCES kyc_assessments (id) ON DELETE CASCADE,
        method TEXT NOT NULL CHECK (method IN ('signature', 'seal', 'electronic')),
        confirmed_on TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      );
      CREATE TABLE kyc_reviews (
        assessment_id TEXT PRIMARY KEY REFERENCES kyc_assessments (id) ON DELETE CASCADE,
        reviewer TEXT NOT NULL,
        note TEXT,
        reviewed_on TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      );
      CREATE TRIGGER kyc_assessments_kept BEFORE UPDATE ON kyc_assessments
        BEGIN SELECT RAISE(ABORT, 'a kyc assessment is never changed'); END;
      CREATE TRIGGER kyc_confirmations_kept BEFORE UPDATE ON kyc_confirmations
        BEGIN SELECT RAISE(ABORT, 'a kyc confirmation is never changed'); END;
      CREATE TRIGGER kyc_reviews_kept BEFORE UPDATE ON kyc_reviews
        BEGIN SELECT RAISE(ABORT, 'a kyc review is never changed'); END;
      CREATE TRIGGER kyc_questionnaires_kept BEFORE UPDATE ON kyc_questionnaires
        BEGIN SELECT RAISE(ABORT, 'a questionnaire version is never changed'); END;
    `);
  },
};
