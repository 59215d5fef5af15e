import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONNAIRE, type Answers } from '../../../../shared/features/kyc';
import { firmVersion2, highest, lowest, modest } from '../../../shared/features/kyc/fixtures';
import { coreKit } from './core-kit';

const kit = coreKit('2026-11-30T02:00:00Z'); // 10:00 in Taipei, 2026-11-30

const MIDDLE_AGED = { birthDate: '1975-03-01' };
const ELDERLY = { birthDate: '1955-06-01' };
const ELDERLY_ANSWERS = {
  q_elderly_purpose: 'wealth',
  q_elderly_helper: 'self',
  q_elderly_wellbeing: 'none',
};

describe('taking the questionnaire', () => {
  it('keeps the scores, the grade, the dates, the advisor and a snapshot of the dossier', async () => {
    const clientId = await kit.addClient({
      ...MIDDLE_AGED,
      occupation: '工程師',
      annualIncomeTwd: 1_500_000,
    });
    const a = await kit.call('kyc.take', { clientId, answers: modest(DEFAULT_QUESTIONNAIRE) });
    expect(a).toMatchObject({
      clientId,
      questionnaire: { id: 'default', version: 1 },
      scores: { tolerance: 6, capacity: 14 },
      levels: { tolerance: 2, capacity: 2 },
      grade: { scale: 'five', level: 2 },
      gradeRule: 'lower',
      elderly: false,
      age: 51,
      takenOn: '2026-11-30',
      validUntil: '2027-11-29',
      advisor: '林顧問',
      snapshot: { occupation: '工程師', annualIncomeTwd: 1_500_000 },
      confirmation: null,
      review: null,
      flags: [],
    });
    const standing = await kit.call('kyc.profile', { clientId });
    expect(standing).toMatchObject({
      state: 'unconfirmed',
      materialChange: false,
      reassessmentOffered: false,
    });
  });

  it("uses the firm's scale and rule at the time of taking", async () => {
    const clientId = await kit.addClient(MIDDLE_AGED);
    await kit.call('settings.update', {
      kyc: { ...(await kit.call('settings.get', {})).kyc, gradeScale: 'three', gradeRule: 'tolerance' },
    });
    const a = await kit.call('kyc.take', { clientId, answers: highest(DEFAULT_QUESTIONNAIRE) });
    expect(a.grade).toEqual({ scale: 'three', level: 3 });
    expect(a.gradeRule).toBe('tolerance');
  });

  it('asks a client of 65 the elderly questions and gives six months', async () => {
    const clientId = await kit.addClient(ELDERLY);
    const refused = await kit.fail('kyc.take', { clientId, answers: modest(DEFAULT_QUESTIONNAIRE) });
    expect(refused.code).toBe('VALIDATION');
    expect((refused.details as { problems: { 'zh-TW': string }[] }).problems[0]!['zh-TW']).toBe(
      '第 11 題（q_elderly_purpose）：尚未作答',
    );
    const a = await kit.call('kyc.take', {
      clientId,
      answers: { ...modest(DEFAULT_QUESTIONNAIRE), ...ELDERLY_ANSWERS },
    });
    expect(a).toMatchObject({ elderly: true, age: 71, validUntil: '2027-05-29' });
  });

  it('flags inconsistent answers for review until someone clears them', async () => {
    const clientId = await kit.addClient(MIDDLE_AGED);
    const answers: Answers = {
      ...modest(DEFAULT_QUESTIONNAIRE),
      q_experience_years: 'none',
      q_experience_products: 'derivatives',
    };
    const a = await kit.call('kyc.take', { clientId, answers });
    expect(a.flags.map((f) => f.ruleId)).toEqual(['no_experience_derivatives']);
    await kit.call('kyc.confirm', { assessmentId: a.id, method: 'seal', on: '2026-11-30' });
    expect((await kit.call('kyc.profile', { clientId })).state).toBe('needs_review');
    expect((await kit.call('kyc.duePending', {})).flagged.map((r) => r.clientId)).toEqual([clientId]);
    const byAdvisor = await kit.fail('kyc.clearReview', { assessmentId: a.id, reviewer: ' 林顧問' });
    expect(byAdvisor).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['reviewer'], message: 'validation.reviewerIsAdvisor' }] },
    });
    expect((await kit.call('kyc.profile', { clientId })).state).toBe('needs_review');
    const cleared = await kit.call('kyc.clearReview', {
      assessmentId: a.id,
      reviewer: '王主管',
      note: '已電話確認',
    });
    expect(cleared.review).toMatchObject({ reviewer: '王主管', note: '已電話確認', on: '2026-11-30' });
    expect((await kit.call('kyc.profile', { clientId })).state).toBe('current');
    expect((await kit.fail('kyc.clearReview', { assessmentId: a.id, reviewer: '王主管' })).code).toBe(
      'CONFLICT',
    );
  });
});

describe('a client who reaches the elderly age', () => {
  it('is offered the elderly KYC once 65, when the latest assessment had no elderly questions', async () => {
    const clientId = await kit.addClient({ birthDate: '1961-12-15' });
    const a = await kit.call('kyc.take', { clientId, answers: modest(DEFAULT_QUESTIONNAIRE) });
    await kit.call('kyc.confirm', { assessmentId: a.id, method: 'seal', on: '2026-11-30' });
    expect(await kit.call('kyc.profile', { clientId })).toMatchObject({
      age: 64,
      elderly: false,
      elderlyQuestionsMissing: false,
      reassessmentOffered: false,
    });
    kit.setNow('2026-12-14T16:00:00Z'); // 00:00 on 2026-12-15 in Taipei: the 65th birthday
    expect(await kit.call('kyc.profile', { clientId })).toMatchObject({
      age: 65,
      elderly: true,
      state: 'current',
      elderlyQuestionsMissing: true,
      reassessmentOffered: true,
    });
    const b = await kit.call('kyc.take', {
      clientId,
      answers: { ...modest(DEFAULT_QUESTIONNAIRE), ...ELDERLY_ANSWERS },
    });
    expect(b).toMatchObject({ elderly: true, validUntil: '2027-06-14' });
    expect(await kit.call('kyc.profile', { clientId })).toMatchObject({
      elderlyQuestionsMissing: false,
      reassessmentOffered: false,
    });
  });
});

describe('confirmation and history', () => {
  it('records the confirmation once, never before the assessment or in the future', async () => {
    const clientId = await kit.addClient(MIDDLE_AGED);
    const a = await kit.call('kyc.take', { clientId, answers: modest(DEFAULT_QUESTIONNAIRE) });
    expect(
      (await kit.fail('kyc.confirm', { assessmentId: a.id, method: 'signature', on: '2026-12-01' })).code,
    ).toBe('VALIDATION');
    expect(
      (await kit.fail('kyc.confirm', { assessmentId: a.id, method: 'signature', on: '2026-11-29' })).code,
    ).toBe('VALIDATION');
    const confirmed = await kit.call('kyc.confirm', {
      assessmentId: a.id,
      method: 'signature',
      on: '2026-11-30',
    });
    expect(confirmed.confirmation).toMatchObject({ method: 'signature', on: '2026-11-30' });
    expect(
      (await kit.fail('kyc.confirm', { assessmentId: a.id, method: 'seal', on: '2026-11-30' })).code,
    ).toBe('CONFLICT');
    expect((await kit.call('kyc.profile', { clientId })).state).toBe('current');
  });

  it('keeps every assessment: a new one is added, the old one stays as it was', async () => {
    const clientId = await kit.addClient(MIDDLE_AGED);
    const first = await kit.call('kyc.take', { clientId, answers: lowest(DEFAULT_QUESTIONNAIRE) });
    await kit.call('kyc.confirm', { assessmentId: first.id, method: 'seal', on: '2026-11-30' });
    kit.setNow('2027-03-01T02:00:00Z');
    const second = await kit.call('kyc.take', { clientId, answers: highest(DEFAULT_QUESTIONNAIRE) });
    const history = await kit.call('kyc.history', { clientId });
    expect(history.map((a) => a.id)).toEqual([second.id, first.id]);
    expect(history[1]).toEqual({ ...first, confirmation: history[1]!.confirmation });
    expect(history[1]!.grade.level).toBe(1);
    expect(history[0]!.grade.level).toBe(5);
    expect((await kit.call('kyc.profile', { clientId })).profile?.assessmentId).toBe(second.id);
  });

  it('the store itself refuses to change an assessment', async () => {
    const clientId = await kit.addClient(MIDDLE_AGED);
    await kit.call('kyc.take', { clientId, answers: lowest(DEFAULT_QUESTIONNAIRE) });
    const db = kit.core.session.database();
    expect(() => db.prepare('UPDATE kyc_assessments SET grade_level = 5').run()).toThrow(/never changed/);
    expect(() => db.prepare("UPDATE kyc_questionnaires SET document = '{}'").run()).toThrow(/never changed/);
  });

  it('goes with its client when demo data is removed (the only way an assessment leaves)', async () => {
    await kit.call('demo.seed', { count: 2, seed: 1 });
    const demo = (await kit.call('clients.list', {})).items[0]!;
    const a = await kit.call('kyc.take', { clientId: demo.id, answers: lowest(DEFAULT_QUESTIONNAIRE) });
    await kit.call('kyc.confirm', { assessmentId: a.id, method: 'seal', on: '2026-11-30' });
    expect(await kit.call('demo.purge', {})).toEqual({ removed: 2 });
    expect((await kit.call('kyc.duePending', {})).expiring).toEqual([]);
    const db = kit.core.session.database();
    expect(db.prepare('SELECT count(*) AS n FROM kyc_assessments').get()).toEqual({ n: 0 });
  });

  it('writes the audit trail on the client, with the questionnaire version and no answers', async () => {
    const clientId = await kit.addClient(MIDDLE_AGED);
    const a = await kit.call('kyc.take', { clientId, answers: lowest(DEFAULT_QUESTIONNAIRE) });
    await kit.call('kyc.confirm', { assessmentId: a.id, method: 'electronic', on: '2026-11-30' });
    const audit = await kit.call('audit.list', {});
    const kyc = audit.items.filter((e) => e.action.startsWith('kyc.'));
    expect(kyc.map((e) => [e.action, e.entity, e.entityId, e.detail])).toEqual([
      ['kyc.confirm', 'client', clientId, 'method electronic'],
      ['kyc.assess', 'client', clientId, 'questionnaire default@1'],
    ]);
  });
});

describe('expiry by the clock and re-assessment', () => {
  it('lists a profile as expiring within the notice days, then expired, and offers a re-assessment', async () => {
    const clientId = await kit.addClient(MIDDLE_AGED);
    const a = await kit.call('kyc.take', { clientId, answers: modest(DEFAULT_QUESTIONNAIRE) });
    await kit.call('kyc.confirm', { assessmentId: a.id, method: 'seal', on: '2026-11-30' });
    const due = async () => {
      const lists = await kit.call('kyc.duePending', {});
      return {
        expiring: lists.expiring.map((r) => r.clientName),
        expired: lists.expired.map((r) => r.clientName),
      };
    };
    kit.setNow('2027-10-29T02:00:00Z'); // 31 days before 2027-11-29
    expect(await due()).toEqual({ expiring: [], expired: [] });
    kit.setNow('2027-10-30T02:00:00Z');
    expect(await due()).toEqual({ expiring: ['陳大文'], expired: [] });
    expect(await kit.call('kyc.profile', { clientId })).toMatchObject({
      state: 'current',
      expiringSoon: true,
    });
    kit.setNow('2027-11-29T15:59:00Z'); // 23:59 in Taipei: still valid
    expect((await kit.call('kyc.profile', { clientId })).state).toBe('current');
    kit.setNow('2027-11-29T16:00:00Z'); // midnight in Taipei
    expect(await due()).toEqual({ expiring: [], expired: ['陳大文'] });
    expect(await kit.call('kyc.profile', { clientId })).toMatchObject({
      state: 'expired',
      reassessmentOffered: true,
    });
  });

  it('offers a re-assessment when the dossier changes materially, not for small changes', async () => {
    const clientId = await kit.addClient({ ...MIDDLE_AGED, annualIncomeTwd: 1_000_000, occupation: '教師' });
    await kit.call('kyc.take', { clientId, answers: modest(DEFAULT_QUESTIONNAIRE) });
    const edit = async (changes: Record<string, unknown>) => {
      const client = await kit.call('clients.get', { id: clientId });
      const {
        id: _,
        nationalIdMasked: __,
        version,
        createdAt: ___,
        updatedAt: ____,
        isDemo: _____,
        household,
        ...data
      } = client;
      await kit.call('clients.update', {
        id: clientId,
        version,
        data: {
          ...data,
          household: household.map((h) => ({ clientId: h.clientId, relation: h.relation })),
          ...changes,
        },
      });
      return (await kit.call('kyc.profile', { clientId })).materialChange;
    };
    expect(await edit({ annualIncomeTwd: 1_100_000 })).toBe(false);
    expect(await edit({ annualIncomeTwd: 1_300_000 })).toBe(true);
    expect(await edit({ annualIncomeTwd: 1_000_000, occupation: '退休' })).toBe(true);
    expect((await kit.call('kyc.profile', { clientId })).reassessmentOffered).toBe(true);
  });
});

describe('questionnaire versions', () => {
  it('imports a version that becomes active; old assessments keep theirs', async () => {
    const clientId = await kit.addClient(MIDDLE_AGED);
    const old = await kit.call('kyc.take', { clientId, answers: highest(DEFAULT_QUESTIONNAIRE) });
    const summary = await kit.call('kyc.importQuestionnaire', { document: firmVersion2() });
    expect(summary).toMatchObject({ id: 'firm', version: 2, active: true, questionCount: 11 });
    const list = await kit.call('kyc.questionnaires', {});
    expect(list.map((q) => [`${q.id}@${q.version}`, q.active])).toEqual([
      ['default@1', false],
      ['firm@2', true],
    ]);
    const fresh = await kit.call('kyc.take', { clientId, answers: highest(firmVersion2()) });
    expect(fresh.questionnaire).toEqual({ id: 'firm', version: 2 });
    expect(fresh.scores).toEqual({ tolerance: 28, capacity: 24 });
    // A new assessment on the version no longer in use is refused, naming the one to use.
    const stale = await kit.fail('kyc.take', {
      clientId,
      answers: highest(DEFAULT_QUESTIONNAIRE),
      questionnaire: { id: 'default', version: 1 },
    });
    expect(stale.code).toBe('VALIDATION');
    expect(JSON.stringify(stale.details)).toContain('請以 firm@2 評估');
    const history = await kit.call('kyc.history', { clientId });
    expect(history).toHaveLength(2);
    expect(history[1]!.questionnaire).toEqual(old.questionnaire);
    expect(await kit.call('kyc.questionnaire', { ref: old.questionnaire })).toEqual(DEFAULT_QUESTIONNAIRE);
    const audit = await kit.call('audit.list', {});
    expect(audit.items.find((e) => e.action === 'questionnaire.import')).toMatchObject({
      entity: 'questionnaire',
      entityId: 'firm@2',
    });
  });

  it('refuses a bad document naming the question, and a version that exists, importing nothing', async () => {
    const bad = firmVersion2();
    bad.questions[3]!.options[1]!.points = 1;
    const error = await kit.fail('kyc.importQuestionnaire', { document: bad });
    expect(error.code).toBe('VALIDATION');
    expect((error.details as { problems: { 'zh-TW': string }[] }).problems.map((p) => p['zh-TW'])).toContain(
      '第 4 題（q_age）：選項分數重複',
    );
    const again = await kit.fail('kyc.importQuestionnaire', { document: DEFAULT_QUESTIONNAIRE });
    expect((again.details as { problems: { 'zh-TW': string }[] }).problems[0]!['zh-TW']).toBe(
      '問卷版本 default@1 已存在，請提高版本號',
    );
    expect((await kit.call('kyc.questionnaires', {})).map((q) => q.id)).toEqual(['default']);
  });
});
