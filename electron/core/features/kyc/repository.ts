import type { Assessment, ConfirmationMethod } from '../../../../shared/features/kyc/assessment';
import type { Questionnaire, QuestionnaireRef } from '../../../../shared/features/kyc/questionnaire';
import type { Database } from '../../db/open';
import { moveClientRows } from '../../kernel/client-merger';

/** What a new assessment row holds: everything but the confirmation and review added later. */
export type NewAssessment = Omit<Assessment, 'confirmation' | 'review'>;

interface AssessmentRow {
  id: string;
  client_id: string;
  questionnaire_id: string;
  questionnaire_version: number;
  answers: string;
  tolerance_score: number;
  capacity_score: number;
  tolerance_level: number;
  capacity_level: number;
  grade_scale: 'five' | 'three';
  grade_level: number;
  grade_rule: Assessment['gradeRule'];
  flags: string;
  elderly: 0 | 1;
  age: number | null;
  taken_on: string;
  valid_until: string;
  taken_at: string;
  advisor: string | null;
  snapshot: string;
  method: ConfirmationMethod | null;
  confirmed_on: string | null;
  confirmed_at: string | null;
  reviewer: string | null;
  note: string | null;
  reviewed_on: string | null;
  reviewed_at: string | null;
}

const SELECT = `
  SELECT a.*, c.method, c.confirmed_on, c.recorded_at AS confirmed_at,
         r.reviewer, r.note, r.reviewed_on, r.recorded_at AS reviewed_at
    FROM kyc_assessments a
    LEFT JOIN kyc_confirmations c ON c.assessment_id = a.id
    LEFT JOIN kyc_reviews r ON r.assessment_id = a.id`;

function toAssessment(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    clientId: row.client_id,
    questionnaire: { id: row.questionnaire_id, version: row.questionnaire_version },
    answers: JSON.parse(row.answers) as Assessment['answers'],
    scores: { tolerance: row.tolerance_score, capacity: row.capacity_score },
    levels: { tolerance: row.tolerance_level, capacity: row.capacity_level },
    grade: { scale: row.grade_scale, level: row.grade_level },
    gradeRule: row.grade_rule,
    flags: JSON.parse(row.flags) as Assessment['flags'],
    elderly: row.elderly === 1,
    age: row.age,
    takenOn: row.taken_on,
    validUntil: row.valid_until,
    takenAt: row.taken_at,
    advisor: row.advisor,
    snapshot: JSON.parse(row.snapshot) as Assessment['snapshot'],
    confirmation:
      row.method === null
        ? null
        : { method: row.method, on: row.confirmed_on!, recordedAt: row.confirmed_at! },
    review:
      row.reviewer === null
        ? null
        : { reviewer: row.reviewer, note: row.note, on: row.reviewed_on!, recordedAt: row.reviewed_at! },
  };
}

/** The KYC tables: questionnaire versions and assessments, only ever added to. */
export class KycRepository {
  constructor(private readonly db: Database) {}

  /** Merging a duplicate dossier: the assessments move; the latest taken stays the one in force. */
  mergeClient(fromId: string, intoId: string): number {
    return moveClientRows(this.db, ['kyc_assessments'], fromId, intoId);
  }

  questionnaires(): { document: Questionnaire; importedAt: string | null }[] {
    const rows = this.db
      .prepare(
        'SELECT document, imported_at FROM kyc_questionnaires ORDER BY imported_at IS NOT NULL, imported_at, rowid',
      )
      .all() as { document: string; imported_at: string | null }[];
    return rows.map((row) => ({
      document: JSON.parse(row.document) as Questionnaire,
      importedAt: row.imported_at,
    }));
  }

  questionnaire(ref: QuestionnaireRef): Questionnaire | null {
    const row = this.db
      .prepare('SELECT document FROM kyc_questionnaires WHERE id = ? AND version = ?')
      .get(ref.id, ref.version) as { document: string } | undefined;
    return row ? (JSON.parse(row.document) as Questionnaire) : null;
  }

  /** The latest import, or null before any. */
  latestImport(): QuestionnaireRef | null {
    return (
      (this.db
        .prepare(
          'SELECT id, version FROM kyc_questionnaires WHERE imported_at IS NOT NULL ORDER BY imported_at DESC, rowid DESC LIMIT 1',
        )
        .get() as QuestionnaireRef | undefined) ?? null
    );
  }

  /** Keeps a version; `importedAt` null for the built-in one, stored when first used. */
  insertQuestionnaire(document: Questionnaire, importedAt: string | null): void {
    this.db
      .prepare('INSERT INTO kyc_questionnaires (id, version, document, imported_at) VALUES (?, ?, ?, ?)')
      .run(document.id, document.version, JSON.stringify(document), importedAt);
  }

  insertAssessment(a: NewAssessment): void {
    this.db
      .prepare(
        `INSERT INTO kyc_assessments (id, client_id, questionnaire_id, questionnaire_version, answers,
           tolerance_score, capacity_score, tolerance_level, capacity_level, grade_scale, grade_level,
           grade_rule, flags, elderly, age, taken_on, valid_until, taken_at, advisor, snapshot)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        a.id,
        a.clientId,
        a.questionnaire.id,
        a.questionnaire.version,
        JSON.stringify(a.answers),
        a.scores.tolerance,
        a.scores.capacity,
        a.levels.tolerance,
        a.levels.capacity,
        a.grade.scale,
        a.grade.level,
        a.gradeRule,
        JSON.stringify(a.flags),
        a.elderly ? 1 : 0,
        a.age,
        a.takenOn,
        a.validUntil,
        a.takenAt,
        a.advisor,
        JSON.stringify(a.snapshot),
      );
  }

  insertConfirmation(assessmentId: string, method: string, on: string, at: string): void {
    this.db
      .prepare(
        'INSERT INTO kyc_confirmations (assessment_id, method, confirmed_on, recorded_at) VALUES (?, ?, ?, ?)',
      )
      .run(assessmentId, method, on, at);
  }

  insertReview(assessmentId: string, reviewer: string, note: string | null, on: string, at: string): void {
    this.db
      .prepare(
        'INSERT INTO kyc_reviews (assessment_id, reviewer, note, reviewed_on, recorded_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(assessmentId, reviewer, note, on, at);
  }

  assessment(id: string): Assessment | null {
    const row = this.db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AssessmentRow | undefined;
    return row ? toAssessment(row) : null;
  }

  /** A client's assessments, newest first. */
  history(clientId: string): Assessment[] {
    const rows = this.db
      .prepare(`${SELECT} WHERE a.client_id = ? ORDER BY a.num DESC`)
      .all(clientId) as AssessmentRow[];
    return rows.map(toAssessment);
  }

  latest(clientId: string): Assessment | null {
    const row = this.db
      .prepare(`${SELECT} WHERE a.client_id = ? ORDER BY a.num DESC LIMIT 1`)
      .get(clientId) as AssessmentRow | undefined;
    return row ? toAssessment(row) : null;
  }

  /**
   * What each client's state needs of the latest assessment, for the whole book in one query
   * (the client list's `kyc` filter): no answers or snapshots are read.
   */
  latestStandingOfEveryClient(): {
    clientId: string;
    validUntil: string;
    confirmed: boolean;
    needsReview: boolean;
  }[] {
    const rows = this.db
      .prepare(
        `SELECT a.client_id AS clientId, a.valid_until AS validUntil,
                EXISTS (SELECT 1 FROM kyc_confirmations c WHERE c.assessment_id = a.id) AS confirmed,
                (json_array_length(a.flags) > 0
                  AND NOT EXISTS (SELECT 1 FROM kyc_reviews r WHERE r.assessment_id = a.id)) AS needsReview
           FROM kyc_assessments a
          WHERE a.num IN (SELECT max(num) FROM kyc_assessments GROUP BY client_id)`,
      )
      .all() as { clientId: string; validUntil: string; confirmed: 0 | 1; needsReview: 0 | 1 }[];
    return rows.map((row) => ({
      ...row,
      confirmed: row.confirmed === 1,
      needsReview: row.needsReview === 1,
    }));
  }

  /** Every client's latest assessment (the compliance lists). */
  latestOfEveryClient(): Assessment[] {
    const rows = this.db
      .prepare(
        `${SELECT} WHERE a.num IN (SELECT max(num) FROM kyc_assessments GROUP BY client_id) ORDER BY a.valid_until, a.num`,
      )
      .all() as AssessmentRow[];
    return rows.map(toAssessment);
  }
}
