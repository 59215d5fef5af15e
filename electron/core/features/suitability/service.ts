import { randomUUID } from 'node:crypto';
import type { Settings } from '../../../../shared/features/settings';
import {
  checkSuitability,
  isSameFinding,
  OVERRIDE_REFUSALS,
  type Finding,
  type Override,
  type OverrideRefusal,
  type OverrideStatus,
  type SuitabilityCheck,
  type SuitabilityItem,
  type SuitabilityResult,
} from '../../../../shared/features/suitability';
import { ageOn, today } from '../../../../shared/kernel/dates';
import { AppError, type ErrorCode, type FieldIssue } from '../../../../shared/ipc/result';
import type { OverrideRecord, SuitabilityRepository } from './repository';
import type { SuitabilitySources } from './sources';

/** Refused with the reason's key in details, so each front end can say it in its language. */
function refuse(code: ErrorCode, reason: OverrideRefusal): never {
  throw new AppError(code, OVERRIDE_REFUSALS[reason].en, { reason });
}

/** The finding of a check an override request names (the request carries no words). */
const namedBy = (request: Pick<Finding, 'code' | 'productId' | 'subject'>) => (finding: Finding) =>
  finding.code === request.code &&
  finding.productId === request.productId &&
  finding.subject === request.subject;

const sameName = (a: string, b: string) =>
  a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

export interface OverrideRequest {
  checkId: string;
  code: Finding['code'];
  productId: string | null;
  subject: string | null;
  reason: string;
}

/**
 * Runs checks (saved, so an override names a finding the advisor saw) and keeps overrides. Runs
 * inside the router's unit of work, which writes the audit entries: no transactions here.
 */
export class SuitabilityService {
  constructor(
    private readonly repository: () => SuitabilityRepository,
    private readonly sources: SuitabilitySources,
    private readonly settings: () => Settings,
    private readonly now: () => number,
  ) {}

  /** Merging a duplicate dossier (clients.merge): checks and overrides move to the client kept. */
  mergeClient(fromId: string, intoId: string): number {
    return this.repository().mergeClient(fromId, intoId);
  }

  private today(): string {
    return today(this.settings().timeZone, new Date(this.now()));
  }

  /**
   * The rules on these items with the client's approved overrides (those on the latest KYC),
   * saving nothing: proposals run it live and when presenting.
   */
  evaluate(clientId: string, items: readonly SuitabilityItem[]): SuitabilityResult {
    return this.run(clientId, items).result;
  }

  check(clientId: string, items: readonly SuitabilityItem[]): SuitabilityCheck {
    const { result, day, assessmentId } = this.run(clientId, items);
    const checkId = randomUUID();
    this.repository().insertCheck({
      id: checkId,
      clientId,
      checkedAt: new Date(this.now()).toISOString(),
      checkedOn: day,
      assessmentId,
      items: [...items],
      result,
    });
    return { ...result, checkId, clientId, checkedOn: day };
  }

  private run(clientId: string, items: readonly SuitabilityItem[]) {
    const client = this.sources.client(clientId);
    const settings = this.settings();
    const day = this.today();
    const products = new Map(this.sources.productsByIds(items.map((i) => i.productId)).map((p) => [p.id, p]));
    const proposed = items.map((item) => {
      const product = products.get(item.productId);
      if (!product) throw new AppError('NOT_FOUND', `no product with id ${item.productId}`);
      return { product, item };
    });
    const profile = this.sources.profileOf(clientId);
    const assessmentId = profile?.assessmentId ?? null;
    const overrides = this.repository()
      .overrides({ clientId, status: 'approved' })
      .filter((o) => o.assessmentId === assessmentId);
    const result = checkSuitability({
      day,
      client: {
        profile,
        age: client.birthDate ? ageOn(client.birthDate, day) : null,
        investorClass: this.sources.classOn(clientId, day),
      },
      items: proposed,
      settings: {
        suitability: settings.suitability,
        elderlyAge: settings.kyc.elderlyAge,
        gradeScale: settings.kyc.gradeScale,
      },
      overrides,
    });
    return { result, day, assessmentId };
  }

  /** The advisor asks, with a written reason; only a finding that needs approval may be overridden. */
  requestOverride(request: OverrideRequest): Override {
    const check = this.repository().check(request.checkId);
    if (!check) throw new AppError('NOT_FOUND', 'no suitability check with that id');
    const finding = check.result.findings.find(namedBy(request));
    if (!finding) refuse('NOT_FOUND', 'finding_not_in_check');
    if (finding.severity === 'block') refuse('VALIDATION', 'block_not_overridable');
    if (finding.severity !== 'needs_approval') refuse('VALIDATION', 'not_approvable');
    const open = this.repository()
      .overrides({ clientId: check.clientId })
      .some(
        (o) => o.status !== 'rejected' && o.assessmentId === check.assessmentId && isSameFinding(o, finding),
      );
    if (open) refuse('CONFLICT', 'already_requested');
    const record: OverrideRecord = {
      id: randomUUID(),
      clientId: check.clientId,
      checkId: check.id,
      assessmentId: check.assessmentId,
      code: finding.code,
      productId: finding.productId,
      productCode: check.result.products.find((p) => p.productId === finding.productId)?.code ?? null,
      subject: finding.subject,
      message: finding.message,
      reason: request.reason,
      status: 'pending',
      requestedAt: new Date(this.now()).toISOString(),
      requestedBy: this.settings().advisorName || null,
      supervisorName: null,
      approvedOn: null,
      reference: null,
      decidedAt: null,
      rejectionReason: null,
    };
    this.repository().insertOverride(record);
    return this.view(record.id);
  }

  /**
   * A supervisor's approval: dated between the request and today, and by someone other than the
   * advisor who asked (an advisor cannot approve their own override).
   */
  approve(approval: { id: string; supervisorName: string; approvedOn: string; reference: string }): Override {
    const record = this.repository().override(approval.id);
    if (!record) throw new AppError('NOT_FOUND', 'no override with that id');
    const issues: FieldIssue[] = [];
    if (approval.approvedOn > this.today()) issues.push({ path: ['approvedOn'], message: 'validation.date' });
    if (approval.approvedOn < today(this.settings().timeZone, new Date(record.requestedAt))) {
      issues.push({ path: ['approvedOn'], message: 'validation.approvalBeforeRequest' });
    }
    if (record.requestedBy !== null && sameName(approval.supervisorName, record.requestedBy)) {
      issues.push({ path: ['supervisorName'], message: 'validation.supervisorIsAdvisor' });
    }
    if (issues.length > 0) {
      throw new AppError('VALIDATION', "the approval is not a supervisor's dated approval", { issues });
    }
    return this.decide(approval.id, { status: 'approved', ...approval });
  }

  reject(id: string, supervisorName: string, reason: string): Override {
    return this.decide(id, { status: 'rejected', supervisorName, rejectionReason: reason });
  }

  private decide(
    id: string,
    decision:
      | { status: 'approved'; supervisorName: string; approvedOn: string; reference: string }
      | { status: 'rejected'; supervisorName: string; rejectionReason: string },
  ): Override {
    if (!this.repository().override(id)) throw new AppError('NOT_FOUND', 'no override with that id');
    const decidedAt = new Date(this.now()).toISOString();
    if (!this.repository().decide(id, { ...decision, decidedAt })) refuse('CONFLICT', 'not_pending');
    return this.view(id);
  }

  /** The client's saved checks, as run: the products, the verdict and the findings. */
  checksOf(clientId: string): SuitabilityCheck[] {
    return this.repository()
      .checksOf(clientId)
      .map(({ id, clientId: client, checkedOn, result }) => ({
        ...result,
        checkId: id,
        clientId: client,
        checkedOn,
      }));
  }

  list(filter: { status?: OverrideStatus; clientId?: string }): Override[] {
    const records = this.repository().overrides(filter);
    const names = this.sources.clientNames([...new Set(records.map((r) => r.clientId))]);
    return records.map((record) => this.toOverride(record, names.get(record.clientId) ?? null));
  }

  private view(id: string): Override {
    const record = this.repository().override(id)!;
    return this.toOverride(record, this.sources.clientNames([record.clientId]).get(record.clientId) ?? null);
  }

  private toOverride(
    { assessmentId: _assessment, ...record }: OverrideRecord,
    clientName: string | null,
  ): Override {
    return { ...record, clientName };
  }
}
