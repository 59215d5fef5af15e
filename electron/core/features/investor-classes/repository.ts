import type {
  ClassAmounts,
  ClassApplication,
  ClassBasis,
  Evidence,
  EvidenceType,
  InvestorClass,
} from '../../../../shared/features/investor-classes';
import type { Database, Statement } from '../../db/open';
import { moveClientRows } from '../../kernel/client-merger';

interface ApplicationRow {
  id: string;
  client_id: string;
  investor_class: InvestorClass;
  basis: ClassBasis;
  applied_on: string;
  amounts: string;
  recorded_at: string;
  effective_on: string | null;
  activated_at: string | null;
  reverted_on: string | null;
  reason: string | null;
  reverted_at: string | null;
}

interface EvidenceRow {
  id: string;
  application_id: string;
  document_type: EvidenceType;
  document_date: string;
  checked_by: string;
  checked_on: string;
  recorded_at: string;
}

const APPLICATION_SQL = `
  SELECT a.*, act.effective_on, act.recorded_at AS activated_at,
         rev.reverted_on, rev.reason, rev.recorded_at AS reverted_at
    FROM investor_class_applications a
    LEFT JOIN investor_class_activations act ON act.application_id = a.id
    LEFT JOIN investor_class_reversions rev ON rev.application_id = a.id`;

/** Investor-class records of the open database: only ever inserted (the schema refuses changes). */
export class InvestorClassRepository {
  private readonly s: {
    insertApplication: Statement<
      [Omit<ApplicationRow, 'effective_on' | 'activated_at' | 'reverted_on' | 'reason' | 'reverted_at'>]
    >;
    insertEvidence: Statement<[EvidenceRow]>;
    insertActivation: Statement<[string, string, string]>;
    insertReversion: Statement<[string, string, string, string]>;
    byId: Statement<[string], ApplicationRow>;
    ofClient: Statement<[string], ApplicationRow>;
    evidenceOfClient: Statement<[string], EvidenceRow>;
  };

  constructor(private readonly db: Database) {
    this.s = {
      insertApplication: db.prepare(
        `INSERT INTO investor_class_applications (id, client_id, investor_class, basis, applied_on, amounts, recorded_at)
         VALUES (@id, @client_id, @investor_class, @basis, @applied_on, @amounts, @recorded_at)`,
      ),
      insertEvidence: db.prepare(
        `INSERT INTO investor_class_evidence (id, application_id, document_type, document_date, checked_by, checked_on, recorded_at)
         VALUES (@id, @application_id, @document_type, @document_date, @checked_by, @checked_on, @recorded_at)`,
      ),
      insertActivation: db.prepare(
        'INSERT INTO investor_class_activations (application_id, effective_on, recorded_at) VALUES (?, ?, ?)',
      ),
      insertReversion: db.prepare(
        'INSERT INTO investor_class_reversions (application_id, reverted_on, reason, recorded_at) VALUES (?, ?, ?, ?)',
      ),
      byId: db.prepare(`${APPLICATION_SQL} WHERE a.id = ?`),
      // Newest first: by the written application date, then by when it was recorded.
      ofClient: db.prepare(
        `${APPLICATION_SQL} WHERE a.client_id = ? ORDER BY a.applied_on DESC, a.recorded_at DESC, a.rowid DESC`,
      ),
      evidenceOfClient: db.prepare(
        `SELECT e.* FROM investor_class_evidence e
           JOIN investor_class_applications a ON a.id = e.application_id
          WHERE a.client_id = ? ORDER BY e.rowid`,
      ),
    };
  }

  /** Merging a duplicate dossier: the applications move (evidence, activations follow them by ID). */
  mergeClient(fromId: string, intoId: string): number {
    return moveClientRows(this.db, ['investor_class_applications'], fromId, intoId);
  }

  insertApplication(
    application: Pick<
      ClassApplication,
      'id' | 'clientId' | 'investorClass' | 'basis' | 'appliedOn' | 'amounts'
    >,
    now: string,
  ): void {
    this.s.insertApplication.run({
      id: application.id,
      client_id: application.clientId,
      investor_class: application.investorClass,
      basis: application.basis,
      applied_on: application.appliedOn,
      amounts: JSON.stringify(application.amounts),
      recorded_at: now,
    });
  }

  insertEvidence(applicationId: string, evidence: Omit<Evidence, 'recordedAt'>, now: string): void {
    this.s.insertEvidence.run({
      id: evidence.id,
      application_id: applicationId,
      document_type: evidence.type,
      document_date: evidence.documentDate,
      checked_by: evidence.checkedBy,
      checked_on: evidence.checkedOn,
      recorded_at: now,
    });
  }

  insertActivation(applicationId: string, effectiveOn: string, now: string): void {
    this.s.insertActivation.run(applicationId, effectiveOn, now);
  }

  insertReversion(applicationId: string, revertedOn: string, reason: string, now: string): void {
    this.s.insertReversion.run(applicationId, revertedOn, reason, now);
  }

  get(id: string): ClassApplication | null {
    const row = this.s.byId.get(id);
    if (!row) return null;
    return this.ofClient(row.client_id).find((a) => a.id === id) ?? null;
  }

  /** A client's applications, newest first, each with its evidence in the order it was recorded. */
  ofClient(clientId: string): ClassApplication[] {
    const evidence = new Map<string, EvidenceRow[]>();
    for (const row of this.s.evidenceOfClient.all(clientId)) {
      evidence.set(row.application_id, [...(evidence.get(row.application_id) ?? []), row]);
    }
    return this.s.ofClient.all(clientId).map((row) => toApplication(row, evidence.get(row.id) ?? []));
  }
}

function toApplication(row: ApplicationRow, evidence: readonly EvidenceRow[]): ClassApplication {
  return {
    id: row.id,
    clientId: row.client_id,
    investorClass: row.investor_class,
    basis: row.basis,
    appliedOn: row.applied_on,
    amounts: JSON.parse(row.amounts) as ClassAmounts,
    recordedAt: row.recorded_at,
    evidence: evidence.map((e) => ({
      id: e.id,
      type: e.document_type,
      documentDate: e.document_date,
      checkedBy: e.checked_by,
      checkedOn: e.checked_on,
      recordedAt: e.recorded_at,
    })),
    activation:
      row.effective_on === null ? null : { effectiveOn: row.effective_on, recordedAt: row.activated_at! },
    reversion:
      row.reverted_on === null
        ? null
        : { revertedOn: row.reverted_on, reason: row.reason!, recordedAt: row.reverted_at! },
  };
}
