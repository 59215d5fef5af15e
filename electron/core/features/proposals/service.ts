import { createHash, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import {
  firstDraft,
  presentRefusals,
  refusalText,
  suitabilityItemsOf,
  targetWeights,
  type AcceptanceReport,
  type AnalysedProposal,
  type DecisionOutcome,
  type DraftNote,
  type Proposal,
  type ProposalContent,
  type ProposalFacts,
  type ProposalKind,
  type ProposalState,
  type ProposalSummary,
  type Trade,
} from '../../../../shared/features/proposals';
import { kycStateOn } from '../../../../shared/features/kyc';
import type { AssetClassId } from '../../../../shared/features/products';
import type { Settings } from '../../../../shared/features/settings';
import type { SuitabilityResult } from '../../../../shared/features/suitability';
import { AppError, type FieldIssue } from '../../../../shared/ipc/result';
import { addDays, ageOn, formatDate, today } from '../../../../shared/kernel/dates';
import { tierOf } from '../../../../shared/features/tiers';
import { acceptanceReport, type ReportEntry } from './acceptance';
import type { ProposalEngines } from './engines';
import type { ProposalRecord, ProposalsRepository } from './repository';
import type { ProposalSources } from './sources';
import type { Language } from '../../../../shared/i18n/messages';

/** The number as printed: the first revision's number, later revisions with -r2, -r3… */
export function displayNumber(number: string, revision: number): string {
  return revision === 1 ? number : `${number}-r${revision}`;
}

/** A presented proposal not answered by its expiry day reads as expired from the day after. */
export function stateOn(record: Pick<ProposalRecord, 'state' | 'expiresOn'>, day: string): ProposalState {
  return record.state === 'presented' && record.expiresOn !== null && day > record.expiresOn
    ? 'expired'
    : record.state;
}

/**
 * What each product adds under management: the value the proposal's trades buy into it (what the
 * client already held in that product is not counted again).
 */
function boughtByProduct(trades: readonly Trade[]): Map<string, number> {
  const bought = new Map<string, number>();
  for (const t of trades)
    if (t.side === 'buy' && t.productId !== null)
      bought.set(t.productId, (bought.get(t.productId) ?? 0) + t.valueTwd);
  return bought;
}

function invalid(message: string, issues: FieldIssue[]): never {
  throw new AppError('VALIDATION', message, { issues });
}

export interface DecisionInput {
  id: string;
  version: number;
  outcome: DecisionOutcome;
  acceptedProductIds: string[];
  reason: string | null;
  decidedOn: string;
}

/**
 * Proposals: drafts, the first draft, the live analysis, presenting (freezing the facts and the
 * PDF), decisions and new versions. Runs inside the router's unit of work: no transactions and
 * no audit here; an awaiting method (present, pdf) reads before it awaits and writes after.
 */
export class ProposalsService {
  constructor(
    private readonly repository: () => ProposalsRepository,
    private readonly sources: ProposalSources,
    private readonly engines: ProposalEngines,
    private readonly settings: () => Settings,
    private readonly now: () => number,
  ) {}

  today(): string {
    return today(this.settings().timeZone, new Date(this.now()));
  }

  private nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  private record(id: string): ProposalRecord {
    const record = this.repository().get(id);
    if (!record) throw new AppError('NOT_FOUND', 'no proposal with that id');
    return record;
  }

  private summaryOf(record: ProposalRecord, clientName: string, day: string): ProposalSummary {
    return {
      id: record.id,
      clientId: record.clientId,
      clientName,
      number: displayNumber(record.number, record.revision),
      revision: record.revision,
      kind: record.content.kind,
      title: record.content.title,
      state: stateOn(record, day),
      presentedOn: record.presentedOn,
      expiresOn: record.expiresOn,
      decidedOn: record.decision?.decidedOn ?? null,
      investableTwd: record.investableTwd,
      version: record.version,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
  }

  list(filter: { clientId?: string; state?: ProposalState }): ProposalSummary[] {
    if (filter.clientId) this.sources.client(filter.clientId);
    const records = this.repository().list(filter.clientId ? { clientId: filter.clientId } : {});
    const names = this.sources.clientNames([...new Set(records.map((r) => r.clientId))]);
    const day = this.today();
    return records
      .map((r) => this.summaryOf(r, names.get(r.clientId) ?? '', day))
      .filter((s) => !filter.state || s.state === filter.state);
  }

  get(id: string): Proposal {
    return this.view(this.record(id));
  }

  private view(record: ProposalRecord): Proposal {
    const name = this.sources.clientNames([record.clientId]).get(record.clientId) ?? '';
    return {
      ...this.summaryOf(record, name, this.today()),
      previousId: record.previousId,
      content: record.content,
      decision: record.decision,
      snapshot: record.facts,
      pdfSha256: record.pdfSha256,
    };
  }

  /** P + the ROC day + a sequence of the day: P1151130-003. Nothing about the client. */
  private nextNumber(day: string): string {
    const prefix = `P${formatDate(day, { style: 'roc', language: 'zh-TW' }, 'compact').replaceAll('/', '')}-`;
    const sequence = this.repository().lastSequence(prefix) + 1;
    return `${prefix}${String(sequence).padStart(3, '0')}`;
  }

  /** The products exist and are in the classes the items give; NOT_FOUND names the first that is not. */
  private checkReferences(content: ProposalContent): void {
    const classOf = new Map(
      this.sources.productsByIds(content.items.map((i) => i.productId)).map((p) => [p.id, p.assetClass]),
    );
    const issues: FieldIssue[] = [];
    content.items.forEach((item, index) => {
      // The analysis reads the item's class: it must be the product's, or the risk is computed on another class.
      if (classOf.get(item.productId) !== item.assetClass)
        issues.push({ path: ['items', index, 'assetClass'], message: 'validation.itemAssetClass' });
    });
    if (issues.length > 0) invalid("an item's asset class is not its product's", issues);
  }

  private investableOf(clientId: string, content: ProposalContent): number {
    return this.sources.valuationOf(clientId).totalTwd + content.newMoneyTwd;
  }

  private insert(
    clientId: string,
    content: ProposalContent,
    numbering: { number: string; revision: number; previousId: string | null },
  ): Proposal {
    this.sources.keepAssumptions(content.assumptionsVersion);
    const at = this.nowIso();
    const id = randomUUID();
    this.repository().insert({
      id,
      clientId,
      ...numbering,
      content,
      state: 'draft',
      investableTwd: this.investableOf(clientId, content),
      version: 1,
      createdAt: at,
      updatedAt: at,
    });
    return this.get(id);
  }

  create(clientId: string, content: ProposalContent): Proposal {
    this.sources.liveClient(clientId);
    this.checkReferences(content);
    return this.insert(clientId, content, {
      number: this.nextNumber(this.today()),
      revision: 1,
      previousId: null,
    });
  }

  /** The first draft in one action (see shared first-draft.ts for the rules). */
  draft(
    clientId: string,
    kind: ProposalKind,
    language: Language = 'zh-TW',
  ): { proposal: Proposal; notes: DraftNote[] } {
    const client = this.sources.liveClient(clientId);
    const settings = this.settings();
    const day = this.today();
    const profile = this.sources.profileOf(clientId);
    const preferred = settings.shelf.preferredByAssetClass;
    const ids = [...new Set(Object.values(preferred))];
    const products = new Map(this.sourcesProducts(ids).map((p) => [p.id, p]));
    const age = client.birthDate ? ageOn(client.birthDate, day) : null;
    const { content, notes } = firstDraft({
      kind,
      language,
      dateStyle: settings.dateFormat,
      day,
      grade: profile?.grade ?? null,
      elderly: (age !== null && age >= settings.kyc.elderlyAge) || profile?.elderly === true,
      assumptions: this.sources.activeAssumptions(),
      preferredByAssetClass: preferred,
      products,
      alternativesByClass: this.approvedByClass(),
      maxProductWeight: settings.suitability.concentration.maxProductPercent / 100,
      goals: this.sources.goalsOf(clientId),
    });
    const proposal = this.insert(clientId, content, {
      number: this.nextNumber(day),
      revision: 1,
      previousId: null,
    });
    return { proposal, notes };
  }

  /** The shelf's approved products by asset class, in shelf order (a draft shares a class over the limit). */
  private approvedByClass(): Map<AssetClassId, string[]> {
    const byClass = new Map<AssetClassId, string[]>();
    for (const product of this.sources.approvedProducts()) {
      byClass.set(product.assetClass, [...(byClass.get(product.assetClass) ?? []), product.id]);
    }
    return byClass;
  }

  /** Preferred products that no longer exist are left out (the draft notes the class as unfilled). */
  private sourcesProducts(ids: readonly string[]) {
    return ids.flatMap((id) => {
      try {
        return this.sources.productsByIds([id]);
      } catch (error) {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return [];
        throw error;
      }
    });
  }

  update(id: string, version: number, content: ProposalContent): Proposal {
    const record = this.record(id);
    if (record.state !== 'draft') {
      throw new AppError('CONFLICT', 'a presented proposal is never changed: make a new version', {
        reason: 'not_draft',
      });
    }
    this.checkReferences(content);
    this.sources.keepAssumptions(content.assumptionsVersion);
    const investable = this.investableOf(record.clientId, content);
    if (!this.repository().updateDraft(id, version, content, investable, this.nowIso())) {
      throw new AppError('CONFLICT', 'the proposal was changed elsewhere: reload it');
    }
    return this.get(id);
  }

  delete(id: string, version: number): { id: string; clientId: string; number: string } {
    const record = this.record(id);
    if (record.state !== 'draft') {
      throw new AppError('CONFLICT', 'a presented proposal is kept', { reason: 'not_draft' });
    }
    if (!this.repository().deleteDraft(id, version)) {
      throw new AppError('CONFLICT', 'the proposal was changed elsewhere: reload it');
    }
    return { id, clientId: record.clientId, number: displayNumber(record.number, record.revision) };
  }

  /** A new draft with the same content and number, the next revision, pointing back. */
  newVersion(id: string): Proposal {
    const record = this.record(id);
    this.sources.liveClient(record.clientId);
    if (record.state === 'draft') {
      throw new AppError('CONFLICT', 'a draft is edited as it is; new versions copy a presented proposal', {
        reason: 'draft',
      });
    }
    const last = this.repository().lastRevision(record.number);
    if (last > record.revision) {
      throw new AppError(
        'CONFLICT',
        'a later revision of this proposal exists: make the new version from it',
        {
          reason: 'not_latest_revision',
        },
      );
    }
    return this.insert(record.clientId, record.content, {
      number: record.number,
      revision: last + 1,
      previousId: record.id,
    });
  }

  // -------------------------------------------------------------------------------------------
  // The analysis and suitability.

  private suitabilityOf(clientId: string, content: ProposalContent): SuitabilityResult {
    return this.sources.suitability(clientId, suitabilityItemsOf(content));
  }

  analyse(clientId: string, content: ProposalContent): AnalysedProposal {
    const started = performance.now();
    this.sources.client(clientId);
    const assumptions = this.sources.assumptions(content.assumptionsVersion);
    const products = this.sources.productsByIds(content.items.map((i) => i.productId));
    const analysis = this.engines.analyse({
      content,
      holdings: this.sources.valuationOf(clientId),
      assumptions,
      products,
      settings: this.settings().proposals,
      day: this.today(),
    });
    const suitability = this.suitabilityOf(clientId, content);
    const grade = this.sources.profileOf(clientId)?.grade ?? null;
    return {
      analysis,
      suitability,
      targetWeights: targetWeights(content, grade, assumptions),
      elapsedMs: performance.now() - started,
    };
  }

  /** Everything the PDF is drawn from, as of today. */
  factsOf(record: ProposalRecord, state: ProposalState): ProposalFacts {
    const inputs = this.inputsOf(record, state);
    const { content, holdings, assumptions, products, day } = inputs;
    const analysis = this.engines.analyse({
      content,
      holdings,
      assumptions,
      products,
      settings: this.settings().proposals,
      day,
    });
    return { ...inputs, analysis };
  }

  /** The facts but the analysis: what they are computed from, cheap to read again. */
  private inputsOf(record: ProposalRecord, state: ProposalState): Omit<ProposalFacts, 'analysis'> {
    const settings = this.settings();
    const day = this.today();
    const client = this.sources.client(record.clientId);
    const profile = this.sources.profileOf(record.clientId);
    const assumptions = this.sources.assumptions(record.content.assumptionsVersion);
    const products = this.sources.productsByIds(record.content.items.map((i) => i.productId));
    const holdings = this.sources.valuationOf(record.clientId);
    const age = client.birthDate ? ageOn(client.birthDate, day) : null;
    return {
      proposalId: record.id,
      number: displayNumber(record.number, record.revision),
      revision: record.revision,
      state,
      day,
      client: {
        id: client.id,
        name: client.name,
        nationalIdMasked: client.nationalIdMasked,
        birthDate: client.birthDate,
        age,
        investorClass: this.sources.classOn(record.clientId, day),
      },
      kyc: profile && {
        grade: profile.grade,
        assessedOn: profile.takenOn,
        validUntil: profile.validUntil,
        state: kycStateOn(profile, day),
      },
      advisor: { name: settings.advisorName, licenceNumber: settings.proposals.advisorLicenceNumber },
      firm: {
        branding: settings.branding,
        disclaimer: settings.proposals.firmDisclaimer,
        contact: settings.proposals.firmContact,
      },
      content: record.content,
      products,
      holdings,
      assumptions,
      suitability: this.suitabilityOf(record.clientId, record.content),
      largeType: record.content.largeType ?? (age !== null && age >= settings.proposals.largeTypeFromAge),
      dateFormat: settings.dateFormat,
      timeZone: settings.timeZone,
    };
  }

  /**
   * Presents a draft: refused naming every reason; otherwise freezes its facts, renders the PDF
   * and returns the write that stores both (the router runs it with the audit entry).
   */
  async present(id: string, version: number): Promise<() => Proposal> {
    const record = this.record(id);
    if (record.state !== 'draft') {
      throw new AppError('CONFLICT', 'the proposal is already presented', { reason: 'not_draft' });
    }
    if (record.version !== version)
      throw new AppError('CONFLICT', 'the proposal was changed elsewhere: reload it');
    const facts = this.factsOf(record, 'presented');
    const reasons = presentRefusals(facts);
    if (reasons.length > 0) {
      throw new AppError('VALIDATION', `the proposal cannot be presented: ${refusalText(reasons, 'en')}`, {
        reason: 'present_refused',
        reasons,
        message: { 'zh-TW': refusalText(reasons, 'zh-TW'), en: refusalText(reasons, 'en') },
      });
    }
    const pdf = await this.engines.renderPdf(facts, 'zh-TW');
    const presentedOn = facts.day;
    return () => {
      // The render took a while: what the refusals were judged on (the KYC, the overrides, the
      // products' states, the holdings…) must not have changed meanwhile.
      const { analysis: _judged, ...judgedOn } = facts;
      if (!isDeepStrictEqual(this.inputsOf(record, 'presented'), judgedOn)) {
        throw new AppError(
          'CONFLICT',
          "the client's or the products' data changed while presenting: present again",
          {
            reason: 'inputs_changed',
          },
        );
      }
      this.sources.keepAssumptions(record.content.assumptionsVersion);
      const frozen = {
        facts,
        pdf,
        pdfSha256: createHash('sha256').update(pdf).digest('hex'),
        presentedOn,
        expiresOn: addDays(presentedOn, this.settings().proposals.validityDays),
        investableTwd: facts.analysis.investableTwd,
      };
      if (!this.repository().present(id, version, frozen, this.nowIso())) {
        throw new AppError('CONFLICT', 'the proposal was changed elsewhere: reload it');
      }
      return this.get(id);
    };
  }

  /**
   * The PDF: a presented proposal's stored file (the zh-TW original, its hash kept; another
   * language or type size is drawn from the frozen facts), a draft's drawn now from current facts.
   */
  async pdf(
    id: string,
    language: 'zh-TW' | 'en',
    largeType: boolean | undefined,
  ): Promise<{ clientId: string; number: string; fileName: string; pdfBase64: string; sha256: string }> {
    const record = this.record(id);
    const stored = record.facts;
    let facts: ProposalFacts;
    let pdf: Buffer | null = null;
    if (stored) {
      facts = stored;
      const asPresented = language === 'zh-TW' && (largeType === undefined || largeType === stored.largeType);
      if (asPresented) pdf = this.repository().pdf(id);
      else facts = { ...facts, largeType: largeType ?? stored.largeType };
    } else {
      facts = this.factsOf(record, 'draft');
      if (largeType !== undefined) facts = { ...facts, largeType };
    }
    pdf ??= await this.engines.renderPdf(facts, language);
    return {
      clientId: record.clientId,
      number: facts.number,
      fileName: this.engines.fileName(facts, language),
      pdfBase64: pdf.toString('base64'),
      sha256: createHash('sha256').update(pdf).digest('hex'),
    };
  }

  decide(input: DecisionInput): Proposal {
    const record = this.record(input.id);
    const day = this.today();
    // Expiry is judged on the day the client decided: an answer given in time may be recorded later.
    const state = record.state === 'presented' ? 'presented' : stateOn(record, day);
    if (state !== 'presented') {
      throw new AppError(
        'CONFLICT',
        `only a presented proposal that has not expired is decided (it is ${state})`,
        {
          reason: state === 'expired' ? 'expired' : 'not_presented',
          state,
        },
      );
    }
    const issues: FieldIssue[] = [];
    if (input.decidedOn < record.presentedOn!)
      issues.push({ path: ['decidedOn'], message: 'validation.decidedBeforePresented' });
    if (input.decidedOn > day) issues.push({ path: ['decidedOn'], message: 'validation.decidedInFuture' });
    if (input.decidedOn > record.expiresOn!)
      issues.push({ path: ['decidedOn'], message: 'validation.decidedAfterExpiry' });
    const proposed = record.content.items.map((i) => i.productId);
    const chosen = [...new Set(input.acceptedProductIds)];
    const reason = input.reason?.trim() || null;
    if (chosen.some((pid) => !proposed.includes(pid))) {
      issues.push({ path: ['acceptedProductIds'], message: 'validation.productNotProposed' });
    }
    let accepted = chosen;
    if (input.outcome === 'accepted') {
      if (chosen.length > 0 && chosen.length !== proposed.length) {
        issues.push({ path: ['acceptedProductIds'], message: 'validation.acceptedAll' });
      }
      accepted = proposed;
    } else if (input.outcome === 'partly_accepted') {
      if (chosen.length === 0 || chosen.length >= proposed.length) {
        issues.push({ path: ['acceptedProductIds'], message: 'validation.partlyAccepted' });
      }
    } else if (chosen.length > 0) {
      issues.push({ path: ['acceptedProductIds'], message: 'validation.declinedNone' });
    }
    if (input.outcome !== 'accepted' && reason === null)
      issues.push({ path: ['reason'], message: 'validation.required' });
    if (issues.length > 0) invalid('the decision does not fit the proposal', issues);
    const decision = {
      outcome: input.outcome,
      acceptedProductIds: proposed.filter((pid) => accepted.includes(pid)),
      reason,
      decidedOn: input.decidedOn,
      recordedBy: this.settings().advisorName,
    };
    if (!this.repository().decide(input.id, input.version, decision, this.nowIso())) {
      throw new AppError('CONFLICT', 'the proposal was changed elsewhere: reload it');
    }
    return this.get(input.id);
  }

  /** The acceptance report over the proposals presented in [from, to] (see acceptance.ts for the rules). */
  report(from: string, to: string): AcceptanceReport {
    if (from > to)
      invalid('the period ends before it starts', [{ path: ['to'], message: 'validation.periodOrder' }]);
    const day = this.today();
    const tiers = this.settings().tiers;
    const names = new Map<string, string>();
    const entries: ReportEntry[] = this.repository()
      .list({ presentedFrom: from, presentedTo: to })
      .map((summary) => {
        const record = this.record(summary.id);
        const facts = record.facts!;
        for (const p of facts.products) names.set(p.id, `${p.code} ${p.nameZh}`);
        return {
          presentedOn: record.presentedOn!,
          state: stateOn(record, day),
          grade: facts.kyc?.grade ?? null,
          tierKey: tierOf(facts.analysis.investableTwd, tiers).key,
          investableTwd: facts.analysis.investableTwd,
          items: facts.content.items.map((i) => ({ productId: i.productId, weight: i.weight })),
          boughtTwd: boughtByProduct(facts.analysis.trades),
          acceptedProductIds: record.decision?.acceptedProductIds ?? [],
        };
      });
    return acceptanceReport(
      { from, to },
      entries,
      names,
      tiers.tiers.map((t) => t.key),
    );
  }
}
