import { randomUUID } from 'node:crypto';
import type { Client } from '../../../../shared/features/clients';
import {
  ageOnDay,
  DEFAULT_QUESTIONNAIRE,
  expiresWithin,
  isElderlyAge,
  isMaterialChange,
  kycStateOn,
  profileOfAssessment,
  questionnaireKey,
  scoreAnswers,
  validateQuestionnaire,
  validUntil,
  type Answers,
  type Assessment,
  type ClientSnapshot,
  type ConfirmationMethod,
  type DuePending,
  type DueRow,
  type KycProblem,
  type KycProfile,
  type KycStanding,
  type KycState,
  type Questionnaire,
  type QuestionnaireRef,
  type QuestionnaireSummary,
} from '../../../../shared/features/kyc';
import type { FxRates, Settings } from '../../../../shared/features/settings';
import { calendarDay } from '../../../../shared/kernel/dates';
import { AppError } from '../../../../shared/ipc/result';
import type { ClientsService } from '../clients';
import type { KycRepository } from './repository';

const BUILT_IN: QuestionnaireRef = { id: DEFAULT_QUESTIONNAIRE.id, version: DEFAULT_QUESTIONNAIRE.version };

function refused(what: string, problems: KycProblem[]): AppError {
  return new AppError('VALIDATION', `${what}: ${problems.length} problem(s)`, { problems });
}

function sameRef(a: QuestionnaireRef, b: QuestionnaireRef): boolean {
  return a.id === b.id && a.version === b.version;
}

/** Two names written alike but for spaces and case. */
const sameName = (a: string, b: string) =>
  a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

function snapshotOf(client: Client): ClientSnapshot {
  return {
    annualIncomeTwd: client.annualIncomeTwd,
    investableAssets: client.investableAssets,
    occupation: client.occupation,
  };
}

/**
 * KYC risk profiles. Runs inside the router's unit of work (no transactions or audit here). An
 * assessment is only ever added; confirming or clearing it adds a row beside it.
 */
export class KycService {
  constructor(
    private readonly repository: () => KycRepository,
    private readonly clients: ClientsService,
    private readonly settings: () => Settings,
    /** The exchange rates in force (CoreContext.fxRates): a material change is judged in TWD. */
    private readonly fxRates: () => FxRates,
    private readonly now: () => number,
  ) {}

  /** Merging a duplicate dossier (clients.merge): the assessments move; the latest taken is the one in force. */
  mergeClient(fromId: string, intoId: string): number {
    return this.repository().mergeClient(fromId, intoId);
  }

  private today(): string {
    return calendarDay(new Date(this.now()), this.settings().timeZone)!;
  }

  activeRef(): QuestionnaireRef {
    return this.repository().latestImport() ?? BUILT_IN;
  }

  questionnaires(): QuestionnaireSummary[] {
    const stored = this.repository().questionnaires();
    const all = stored.some((s) => sameRef(s.document, BUILT_IN))
      ? stored
      : [{ document: DEFAULT_QUESTIONNAIRE, importedAt: null }, ...stored];
    const active = this.activeRef();
    return all.map(({ document, importedAt }) => ({
      id: document.id,
      version: document.version,
      title: document.title,
      questionCount: document.questions.length,
      importedAt,
      active: sameRef(document, active),
    }));
  }

  questionnaire(ref: QuestionnaireRef = this.activeRef()): Questionnaire {
    const found =
      this.repository().questionnaire(ref) ?? (sameRef(ref, BUILT_IN) ? DEFAULT_QUESTIONNAIRE : null);
    if (!found) throw new AppError('NOT_FOUND', `no questionnaire ${questionnaireKey(ref)}`);
    return found;
  }

  /** A new version from a JSON document; it becomes the active one. */
  importQuestionnaire(raw: unknown): QuestionnaireSummary {
    const check = validateQuestionnaire(raw);
    if (!check.ok) throw refused('the questionnaire document has errors', check.problems);
    const doc = check.questionnaire;
    if (sameRef(doc, BUILT_IN) || this.repository().questionnaire(doc) !== null) {
      const key = questionnaireKey(doc);
      throw refused('the questionnaire version exists', [
        {
          'zh-TW': `問卷版本 ${key} 已存在，請提高版本號`,
          en: `version ${key} exists; raise the version`,
          questionId: null,
        },
      ]);
    }
    this.repository().insertQuestionnaire(doc, new Date(this.now()).toISOString());
    return this.questionnaires().find((q) => sameRef(q, doc))!;
  }

  /** Scores the answers and keeps a new assessment, with a snapshot of the dossier it was based on. */
  take(clientId: string, answers: Answers, ref?: QuestionnaireRef): Assessment {
    const client = this.clients.requireLive(clientId);
    const settings = this.settings();
    const rules = settings.kyc;
    // A new assessment is taken on the version in use; older ones only read back what was taken on them.
    if (ref && !sameRef(ref, this.activeRef())) {
      const key = questionnaireKey(ref);
      const active = questionnaireKey(this.activeRef());
      throw refused('not the questionnaire in use', [
        {
          'zh-TW': `問卷 ${key} 已非使用中的版本，請以 ${active} 評估`,
          en: `questionnaire ${key} is not the version in use; take ${active}`,
          questionId: null,
        },
      ]);
    }
    const questionnaire = this.questionnaire(ref);
    const day = this.today();
    const age = ageOnDay(client.birthDate, day);
    const elderly = isElderlyAge(age, rules);
    const result = scoreAnswers(questionnaire, answers, {
      elderly,
      gradeScale: rules.gradeScale,
      gradeRule: rules.gradeRule,
    });
    if (!result.ok) throw refused('the answers are incomplete', result.problems);
    const repository = this.repository();
    // The built-in version is stored when first used, so the assessment names a kept document.
    if (repository.questionnaire(questionnaire) === null) repository.insertQuestionnaire(questionnaire, null);
    const id = randomUUID();
    repository.insertAssessment({
      id,
      clientId,
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      answers: { ...answers },
      ...result.scoring,
      gradeRule: rules.gradeRule,
      elderly,
      age,
      takenOn: day,
      validUntil: validUntil(day, elderly, rules),
      takenAt: new Date(this.now()).toISOString(),
      advisor: settings.advisorName.trim() || null,
      snapshot: snapshotOf(client),
    });
    return this.assessment(id);
  }

  assessment(id: string): Assessment {
    const found = this.repository().assessment(id);
    if (!found) throw new AppError('NOT_FOUND', 'no assessment with that id');
    return found;
  }

  /** What the KYC form shows: the assessment, its client and the questionnaire version it was taken on. */
  formContent(id: string): { client: Client; assessment: Assessment; questionnaire: Questionnaire } {
    const assessment = this.assessment(id);
    return {
      client: this.clients.get(assessment.clientId),
      assessment,
      questionnaire: this.questionnaire(assessment.questionnaire),
    };
  }

  confirm(id: string, method: ConfirmationMethod, on: string): Assessment {
    const assessment = this.assessment(id);
    if (assessment.confirmation) throw new AppError('CONFLICT', 'the assessment is confirmed already');
    if (on < assessment.takenOn || on > this.today()) {
      throw new AppError('VALIDATION', 'the confirmation day is before the assessment or in the future', {
        issues: [{ path: ['on'], message: 'validation.date' }],
      });
    }
    this.repository().insertConfirmation(id, method, on, new Date(this.now()).toISOString());
    return this.assessment(id);
  }

  clearReview(id: string, reviewer: string, note: string | null): Assessment {
    const assessment = this.assessment(id);
    if (assessment.flags.length === 0) throw new AppError('CONFLICT', 'the assessment is not flagged');
    if (assessment.review) throw new AppError('CONFLICT', 'the assessment is cleared already');
    // Flagged answers are checked by someone other than the advisor who took them.
    if (assessment.advisor !== null && sameName(reviewer, assessment.advisor)) {
      throw new AppError('VALIDATION', 'the reviewer is the advisor who took the assessment', {
        issues: [{ path: ['reviewer'], message: 'validation.reviewerIsAdvisor' }],
      });
    }
    this.repository().insertReview(id, reviewer, note, this.today(), new Date(this.now()).toISOString());
    return this.assessment(id);
  }

  history(clientId: string): Assessment[] {
    this.clients.get(clientId);
    return this.repository().history(clientId);
  }

  /** The latest assessment's standing, for suitability and proposals; null when there is none. */
  profileOf(clientId: string): KycProfile | null {
    const latest = this.repository().latest(clientId);
    return latest ? profileOfAssessment(latest) : null;
  }

  standing(clientId: string): KycStanding {
    const client = this.clients.get(clientId);
    const settings = this.settings();
    const day = this.today();
    const latest = this.repository().latest(clientId);
    const profile = latest ? profileOfAssessment(latest) : null;
    const state = kycStateOn(profile, day);
    const materialChange =
      latest !== null &&
      isMaterialChange(
        latest.snapshot,
        snapshotOf(client),
        this.fxRates().toTwd,
        settings.kyc.materialChangePercent,
      );
    const age = ageOnDay(client.birthDate, day);
    const elderly = isElderlyAge(age, settings.kyc);
    // A client who turned 65 since is owed the elderly KYC (its questions and shorter validity).
    const elderlyQuestionsMissing = elderly && profile !== null && !profile.elderly;
    return {
      profile,
      state,
      expiringSoon: profile !== null && expiresWithin(profile.validUntil, day, settings.kyc.expiryNoticeDays),
      materialChange,
      elderlyQuestionsMissing,
      reassessmentOffered:
        state === 'none' || state === 'expired' || materialChange || elderlyQuestionsMissing,
      age,
      elderly,
    };
  }

  /** The clients in a KYC state today; for 'none', the clients with a profile (everyone else is in it). */
  clientsInState(state: KycState): string[] {
    const day = this.today();
    const standings = this.repository().latestStandingOfEveryClient();
    if (state === 'none') return standings.map((s) => s.clientId);
    return standings.filter((s) => kycStateOn(s, day) === state).map((s) => s.clientId);
  }

  /** The latest profile of every client that is expiring, expired or flagged, for 合規. */
  duePending(): DuePending {
    const day = this.today();
    const notice = this.settings().kyc.expiryNoticeDays;
    // Archived clients are out of the working book: not on the due lists.
    const archived = new Set(this.clients.archivedIds());
    const latest = this.repository()
      .latestOfEveryClient()
      .filter((a) => !archived.has(a.clientId));
    const names = this.clients.namesOf(latest.map((a) => a.clientId));
    const rows = latest.map((a): DueRow & { needsReview: boolean } => {
      const profile = profileOfAssessment(a);
      return {
        clientId: a.clientId,
        clientName: names.get(a.clientId) ?? '',
        grade: a.grade,
        takenOn: a.takenOn,
        validUntil: a.validUntil,
        state: kycStateOn(profile, day),
        flags: a.flags.map((f) => f.message),
        needsReview: profile.needsReview,
      };
    });
    const strip = ({ needsReview: _, ...row }: DueRow & { needsReview: boolean }): DueRow => row;
    return {
      expiring: rows
        .filter((r) => r.state !== 'expired' && expiresWithin(r.validUntil, day, notice))
        .map(strip),
      expired: rows.filter((r) => r.state === 'expired').map(strip),
      flagged: rows.filter((r) => r.needsReview).map(strip),
    };
  }
}
