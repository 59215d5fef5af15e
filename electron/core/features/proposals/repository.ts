import type { Decision, ProposalState } from '../../../../shared/features/proposals';
import type { ProposalContent, ProposalFacts } from '../../../../shared/features/proposals';
import type { Database } from '../../db';
import { moveClientRows } from '../../kernel/client-merger';

/** The states a row holds: "expired" is read from expires_on, never stored. */
export type StoredState = Exclude<ProposalState, 'expired'>;

/** A proposal as stored, without its PDF bytes (read apart: they are large). */
export interface ProposalRecord {
  id: string;
  clientId: string;
  number: string;
  revision: number;
  previousId: string | null;
  content: ProposalContent;
  state: StoredState;
  investableTwd: number | null;
  presentedOn: string | null;
  expiresOn: string | null;
  facts: ProposalFacts | null;
  pdfSha256: string | null;
  decision: Decision | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

interface Row extends Omit<ProposalRecord, 'content' | 'facts' | 'decision'> {
  content: string;
  facts: string | null;
  outcome: Decision['outcome'] | null;
  acceptedProductIds: string | null;
  reason: string | null;
  decidedOn: string | null;
  recordedBy: string | null;
}

export interface ProposalFilter {
  clientId?: string;
  /** Presented (decided or not) on a day in [from, to]. */
  presentedFrom?: string;
  presentedTo?: string;
}

const COLUMNS = `p.id, p.client_id AS clientId, p.number, p.revision, p.previous_id AS previousId,
  p.content, p.state, p.investable_twd AS investableTwd, p.presented_on AS presentedOn,
  p.expires_on AS expiresOn, p.pdf_sha256 AS pdfSha256, p.version, p.created_at AS createdAt,
  p.updated_at AS updatedAt, d.outcome, d.accepted_product_ids AS acceptedProductIds, d.reason,
  d.decided_on AS decidedOn, d.recorded_by AS recordedBy`;
const FROM = 'FROM proposals p LEFT JOIN proposal_decisions d ON d.proposal_id = p.id';

function toRecord(row: Row, withFacts: boolean): ProposalRecord {
  const { outcome, acceptedProductIds, reason, decidedOn, recordedBy, content, facts, ...rest } = row;
  return {
    ...rest,
    content: JSON.parse(content) as ProposalContent,
    facts: withFacts && facts ? (JSON.parse(facts) as ProposalFacts) : null,
    decision:
      outcome === null
        ? null
        : {
            outcome,
            acceptedProductIds: JSON.parse(acceptedProductIds!) as string[],
            reason,
            decidedOn: decidedOn!,
            recordedBy: recordedBy!,
          },
  };
}

/** The proposals and proposal_decisions tables. */
export class ProposalsRepository {
  constructor(private readonly db: Database) {}

  /** Merging a duplicate dossier: drafts and presented proposals move to the client kept. */
  mergeClient(fromId: string, intoId: string): number {
    return moveClientRows(this.db, ['proposals'], fromId, intoId);
  }

  /** Client deletion: drafts were never shown to the client, so no record rule keeps them. */
  deleteDraftsOf(clientId: string): number {
    return this.db.prepare("DELETE FROM proposals WHERE client_id = ? AND state = 'draft'").run(clientId)
      .changes;
  }

  get(id: string): ProposalRecord | null {
    const row = this.db.prepare<[string], Row>(`SELECT ${COLUMNS}, p.facts ${FROM} WHERE p.id = ?`).get(id);
    return row ? toRecord(row, true) : null;
  }

  /** Newest first; facts left out (lists and reports read the content). */
  list(filter: ProposalFilter): ProposalRecord[] {
    const conditions: string[] = [];
    if (filter.clientId) conditions.push('p.client_id = @clientId');
    if (filter.presentedFrom) conditions.push('p.presented_on >= @presentedFrom');
    if (filter.presentedTo) conditions.push('p.presented_on <= @presentedTo');
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    return this.db
      .prepare<Record<string, string>, Row>(
        `SELECT ${COLUMNS}, NULL AS facts ${FROM} ${where} ORDER BY p.created_at DESC, p.number DESC, p.revision DESC`,
      )
      .all({ ...filter })
      .map((row) => toRecord(row, false));
  }

  pdf(id: string): Buffer | null {
    const row = this.db
      .prepare<[string], { pdf: Buffer | null }>('SELECT pdf FROM proposals WHERE id = ?')
      .get(id);
    return row?.pdf ?? null;
  }

  /** The highest sequence used by first revisions numbered with this prefix (P1151130-). */
  lastSequence(prefix: string): number {
    const row = this.db
      .prepare<{ prefix: string; start: number }, { last: number | null }>(
        `SELECT max(CAST(substr(number, @start) AS INTEGER)) AS last FROM proposals
         WHERE substr(number, 1, @start - 1) = @prefix AND revision = 1`,
      )
      .get({ prefix, start: prefix.length + 1 });
    return row?.last ?? 0;
  }

  /** The highest revision of a proposal number. */
  lastRevision(number: string): number {
    const row = this.db
      .prepare<[string], { last: number }>('SELECT max(revision) AS last FROM proposals WHERE number = ?')
      .get(number);
    return row?.last ?? 0;
  }

  insert(
    record: Omit<ProposalRecord, 'facts' | 'pdfSha256' | 'decision' | 'presentedOn' | 'expiresOn'>,
  ): void {
    this.db
      .prepare(
        `INSERT INTO proposals (id, client_id, number, revision, previous_id, kind, title, content, state,
           investable_twd, version, created_at, updated_at)
         VALUES (@id, @clientId, @number, @revision, @previousId, @kind, @title, @content, @state,
           @investableTwd, @version, @createdAt, @updatedAt)`,
      )
      .run({
        ...record,
        kind: record.content.kind,
        title: record.content.title,
        content: JSON.stringify(record.content),
      });
  }

  /** A draft's new content; false when the version moved on (or it is no longer a draft). */
  updateDraft(
    id: string,
    version: number,
    content: ProposalContent,
    investableTwd: number | null,
    at: string,
  ): boolean {
    return (
      this.db
        .prepare(
          `UPDATE proposals SET content = @content, kind = @kind, title = @title, investable_twd = @investableTwd,
             version = version + 1, updated_at = @at
           WHERE id = @id AND version = @version AND state = 'draft'`,
        )
        .run({
          id,
          version,
          content: JSON.stringify(content),
          kind: content.kind,
          title: content.title,
          investableTwd,
          at,
        }).changes === 1
    );
  }

  present(
    id: string,
    version: number,
    frozen: {
      facts: ProposalFacts;
      pdf: Buffer;
      pdfSha256: string;
      presentedOn: string;
      expiresOn: string;
      investableTwd: number;
    },
    at: string,
  ): boolean {
    return (
      this.db
        .prepare(
          `UPDATE proposals SET state = 'presented', facts = @facts, pdf = @pdf, pdf_sha256 = @pdfSha256,
             presented_on = @presentedOn, expires_on = @expiresOn, investable_twd = @investableTwd,
             version = version + 1, updated_at = @at
           WHERE id = @id AND version = @version AND state = 'draft'`,
        )
        .run({ ...frozen, facts: JSON.stringify(frozen.facts), id, version, at }).changes === 1
    );
  }

  decide(id: string, version: number, decision: Decision, at: string): boolean {
    const changed = this.db
      .prepare(
        `UPDATE proposals SET state = @outcome, version = version + 1, updated_at = @at
         WHERE id = @id AND version = @version AND state = 'presented'`,
      )
      .run({ id, version, outcome: decision.outcome, at }).changes;
    if (changed !== 1) return false;
    this.db
      .prepare(
        `INSERT INTO proposal_decisions (proposal_id, outcome, accepted_product_ids, reason, decided_on,
           recorded_by, recorded_at)
         VALUES (@id, @outcome, @acceptedProductIds, @reason, @decidedOn, @recordedBy, @at)`,
      )
      .run({ ...decision, id, acceptedProductIds: JSON.stringify(decision.acceptedProductIds), at });
    return true;
  }

  deleteDraft(id: string, version: number): boolean {
    return (
      this.db
        .prepare(`DELETE FROM proposals WHERE id = ? AND version = ? AND state = 'draft'`)
        .run(id, version).changes === 1
    );
  }
}
