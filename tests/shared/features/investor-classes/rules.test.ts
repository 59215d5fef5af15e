import { describe, expect, it } from 'vitest';
import {
  activationProblems,
  BASIS_AMOUNTS,
  BASIS_CLASS,
  CLASS_BASES,
  classApplicationInputSchema,
  classOn,
  DEFAULT_INVESTOR_CLASS_SETTINGS,
  EVIDENCE_TYPES,
  EVIDENCE_TYPE_WORDS,
  evidenceChecklist,
  evidenceProblems,
  problemText,
  REQUIRED_EVIDENCE,
  reversionProblems,
  unmetCriteria,
  type AmountField,
  type ClassApplication,
  type ClassBasis,
  type EvidenceType,
} from '../../../../shared/features/investor-classes';

const SETTINGS = DEFAULT_INVESTOR_CLASS_SETTINGS;
const CLIENT = '7d4c5a52-5b0c-4c53-9a43-7a5f0d0e2b11';

function application(basis: ClassBasis, overrides: Partial<ClassApplication> = {}): ClassApplication {
  return {
    id: overrides.id ?? `app-${basis}`,
    clientId: CLIENT,
    investorClass: BASIS_CLASS[basis],
    basis,
    appliedOn: '2026-10-01',
    amounts: {},
    recordedAt: '2026-10-01T02:00:00.000Z',
    evidence: [],
    activation: null,
    reversion: null,
    ...overrides,
  };
}

function evidenceOf(types: readonly EvidenceType[], checkedOn = '2026-10-05') {
  return types.map((type, i) => ({
    id: `e${i}`,
    type,
    documentDate: '2026-09-30',
    checkedBy: '林專員',
    checkedOn,
    recordedAt: `${checkedOn}T03:00:00.000Z`,
  }));
}

describe('the criteria, at their edges (domain.md defaults: 以上 is at least, 逾/超過 is over)', () => {
  const cases: [ClassBasis, AmountField, number, boolean][] = [
    ['natural_provable_assets', 'provableAssetsTwd', 30_000_000, true],
    ['natural_provable_assets', 'provableAssetsTwd', 29_999_999, false],
    ['natural_trade_and_holdings', 'singleTradeTwd', 3_000_001, true],
    ['natural_trade_and_holdings', 'singleTradeTwd', 3_000_000, false],
    ['natural_trade_and_holdings', 'heldAtFirmTwd', 15_000_001, true],
    ['natural_trade_and_holdings', 'heldAtFirmTwd', 15_000_000, false],
    ['natural_trade_and_holdings', 'statedTotalTwd', 30_000_001, true],
    ['natural_trade_and_holdings', 'statedTotalTwd', 30_000_000, false],
    ['entity_total_assets', 'totalAssetsTwd', 50_000_001, true],
    ['entity_total_assets', 'totalAssetsTwd', 50_000_000, false],
    ['high_asset_investable', 'investableAssetsTwd', 100_000_000, true],
    ['high_asset_investable', 'investableAssetsTwd', 99_999_999, false],
    ['high_asset_at_firm_statement', 'heldAtFirmTwd', 30_000_000, true],
    ['high_asset_at_firm_statement', 'heldAtFirmTwd', 29_999_999, false],
    ['high_asset_at_firm_statement', 'statedTotalTwd', 100_000_000, true],
    ['high_asset_at_firm_statement', 'statedTotalTwd', 99_999_999, false],
  ];
  it.each(cases)('%s: %s = %d meets it: %s', (basis, field, value, met) => {
    // Every other amount of the basis comfortably over its edge, so only `field` decides.
    const amounts = Object.fromEntries(BASIS_AMOUNTS[basis].map((f) => [f, 1e12]));
    amounts[field] = value;
    const unmet = unmetCriteria(basis, amounts, SETTINGS).map((c) => c.amount);
    expect(unmet).toEqual(met ? [] : [field]);
  });

  it('reads the thresholds from the settings, not from constants', () => {
    const firm = {
      ...SETTINGS,
      professionalNatural: { ...SETTINGS.professionalNatural, provableAssetsTwd: 50_000_000 },
    };
    expect(unmetCriteria('natural_provable_assets', { provableAssetsTwd: 40_000_000 }, firm)).toHaveLength(1);
    expect(unmetCriteria('natural_provable_assets', { provableAssetsTwd: 40_000_000 }, SETTINGS)).toEqual([]);
  });

  it('counts a missing amount as not met', () => {
    expect(
      unmetCriteria('natural_trade_and_holdings', { singleTradeTwd: 5e6 }, SETTINGS).map((c) => c.amount),
    ).toEqual(['heldAtFirmTwd', 'statedTotalTwd']);
  });
});

describe('the evidence each basis needs', () => {
  const table: [ClassBasis, EvidenceType[]][] = [
    ['natural_provable_assets', ['balance_certificate', 'knowledge_experience_proof']],
    [
      'natural_trade_and_holdings',
      ['trade_confirmation', 'balance_certificate', 'signed_statement', 'knowledge_experience_proof'],
    ],
    ['entity_total_assets', ['financial_statement', 'corporate_registration']],
    ['high_asset_investable', ['balance_certificate', 'knowledge_experience_proof', 'signed_consent']],
    [
      'high_asset_at_firm_statement',
      ['balance_certificate', 'signed_statement', 'knowledge_experience_proof', 'signed_consent'],
    ],
  ];
  it.each(table)('%s needs %j', (basis, types) => {
    expect(REQUIRED_EVIDENCE[basis]).toEqual(types);
    expect(evidenceChecklist(basis, []).every((item) => item.evidence === null)).toBe(true);
    expect(evidenceChecklist(basis, evidenceOf(types)).every((item) => item.evidence !== null)).toBe(true);
  });

  it('covers every basis, and every document type has words in both languages', () => {
    expect(table.map(([basis]) => basis).sort()).toEqual([...CLASS_BASES].sort());
    for (const type of EVIDENCE_TYPES) {
      expect(EVIDENCE_TYPE_WORDS[type]['zh-TW']).toMatch(/[\u4e00-\u9fff]/);
      expect(EVIDENCE_TYPE_WORDS[type].en).toMatch(/^[A-Z]/);
    }
  });

  it('counts a document only once it was checked by the day asked about', () => {
    const checked = evidenceOf(['balance_certificate', 'knowledge_experience_proof'], '2026-10-10');
    expect(
      evidenceChecklist('natural_provable_assets', checked, '2026-10-09').map((i) => i.evidence),
    ).toEqual([null, null]);
    expect(evidenceChecklist('natural_provable_assets', checked, '2026-10-10').every((i) => i.evidence)).toBe(
      true,
    );
  });
});

describe('activation', () => {
  const complete = (basis: ClassBasis) =>
    application(basis, {
      evidence: evidenceOf(REQUIRED_EVIDENCE[basis]),
      amounts: Object.fromEntries(BASIS_AMOUNTS[basis].map((f) => [f, 2e8])),
    });

  it.each(CLASS_BASES)('%s: allowed with its evidence checked and its amounts met', (basis) => {
    expect(activationProblems(complete(basis), [], '2026-10-10', '2026-11-30', SETTINGS)).toEqual([]);
  });

  it('names every missing document and every unmet criterion, in zh-TW and English', () => {
    const bare = application('high_asset_investable', { amounts: { investableAssetsTwd: 99_999_999 } });
    const problems = activationProblems(bare, [], '2026-10-10', '2026-11-30', SETTINGS);
    expect(problems.map((p) => p.code)).toEqual([
      'missing_evidence',
      'missing_evidence',
      'missing_evidence',
      'below_threshold',
    ]);
    expect(problemText(problems[0]!, 'zh-TW')).toBe('尚缺已查核之證明文件：銀行／證券存款及資產餘額證明');
    expect(problemText(problems[3]!, 'zh-TW')).toBe('可投資資產未達標準（須NT$1 億 以上）');
    expect(problemText(problems[3]!, 'en')).toBe(
      'Investable assets does not meet the criterion (at least NT$100M)',
    );
    // The client's own amount is never in the words.
    expect(problems.map((p) => problemText(p, 'zh-TW')).join()).not.toMatch(/9,999/);
  });

  it('refuses a date before the written application, after today, or while another class is in effect', () => {
    const app = complete('natural_provable_assets');
    // (the documents were checked after that day too)
    expect(activationProblems(app, [], '2026-09-30', '2026-11-30', SETTINGS)).toContainEqual({
      code: 'before_application',
    });
    expect(activationProblems(app, [], '2026-12-01', '2026-11-30', SETTINGS)).toEqual([
      { code: 'in_future', field: 'effectiveOn' },
    ]);
    const other = complete('high_asset_investable');
    const active = { ...other, activation: { effectiveOn: '2026-06-01', recordedAt: 'x' } };
    expect(activationProblems(app, [active], '2026-10-10', '2026-11-30', SETTINGS)).toEqual([
      { code: 'another_in_effect' },
    ]);
    const reverted = { ...active, reversion: { revertedOn: '2026-10-10', reason: 'r', recordedAt: 'x' } };
    expect(activationProblems(app, [reverted], '2026-10-10', '2026-11-30', SETTINGS)).toEqual([]);
    expect(activationProblems(app, [reverted], '2026-10-09', '2026-11-30', SETTINGS)).toEqual([
      { code: 'another_in_effect' },
    ]);
  });

  it('refuses an application that already took effect', () => {
    const active = {
      ...complete('entity_total_assets'),
      activation: { effectiveOn: '2026-10-10', recordedAt: 'x' },
    };
    expect(activationProblems(active, [], '2026-10-11', '2026-11-30', SETTINGS)).toEqual([
      { code: 'not_pending' },
    ]);
  });
});

describe('the class on a day', () => {
  const active = application('natural_provable_assets', {
    activation: { effectiveOn: '2026-10-10', recordedAt: 'x' },
    reversion: { revertedOn: '2026-11-15', reason: '客戶申請', recordedAt: 'y' },
  });
  it.each([
    ['2026-10-09', 'general'],
    ['2026-10-10', 'professional_natural'],
    ['2026-11-14', 'professional_natural'],
    ['2026-11-15', 'general'],
  ] as const)('%s: %s', (day, expected) => {
    expect(classOn([active], day).investorClass).toBe(expected);
  });

  it('is general with no application, and for a pending one', () => {
    expect(classOn([], '2026-10-10')).toEqual({ investorClass: 'general', application: null });
    expect(classOn([application('high_asset_investable')], '2026-10-10').investorClass).toBe('general');
  });
});

describe('reversion and evidence', () => {
  const active = application('natural_provable_assets', {
    activation: { effectiveOn: '2026-10-10', recordedAt: 'x' },
  });
  it('reverts only a class in effect, not before it took effect nor after today', () => {
    expect(reversionProblems(active, '2026-11-01', '2026-11-30')).toEqual([]);
    expect(reversionProblems(active, '2026-10-09', '2026-11-30')).toEqual([{ code: 'before_effective' }]);
    expect(reversionProblems(active, '2026-12-01', '2026-11-30')).toEqual([
      { code: 'in_future', field: 'revertedOn' },
    ]);
    expect(reversionProblems(application('natural_provable_assets'), '2026-11-01', '2026-11-30')).toEqual([
      { code: 'not_in_effect' },
    ]);
  });

  it('refuses a document dated after its check, a check after today, and evidence for a reverted class', () => {
    expect(
      evidenceProblems(active, { documentDate: '2026-10-02', checkedOn: '2026-10-01' }, '2026-11-30'),
    ).toEqual([{ code: 'after_check' }]);
    expect(
      evidenceProblems(active, { documentDate: '2026-10-02', checkedOn: '2026-12-01' }, '2026-11-30'),
    ).toEqual([{ code: 'in_future', field: 'checkedOn' }]);
    const reverted = { ...active, reversion: { revertedOn: '2026-11-01', reason: 'r', recordedAt: 'y' } };
    expect(
      evidenceProblems(reverted, { documentDate: '2026-10-01', checkedOn: '2026-10-01' }, '2026-11-30'),
    ).toEqual([{ code: 'reverted' }]);
  });
});

describe('the application input', () => {
  const base = {
    clientId: CLIENT,
    investorClass: 'professional_natural',
    basis: 'natural_provable_assets',
    appliedOn: '2026-10-01',
    amounts: { provableAssetsTwd: 3e7 },
  } as const;
  it('accepts a basis of its class with its amounts', () => {
    expect(classApplicationInputSchema.safeParse(base).success).toBe(true);
  });
  it.each([
    [{ basis: 'entity_total_assets', amounts: { totalAssetsTwd: 6e7 } }, ['basis']],
    [{ amounts: {} }, ['amounts', 'provableAssetsTwd']],
    [{ amounts: { provableAssetsTwd: 3e7, singleTradeTwd: 4e6 } }, ['amounts', 'singleTradeTwd']],
    [{ amounts: { provableAssetsTwd: -1 } }, ['amounts', 'provableAssetsTwd']],
    [{ investorClass: 'general' }, ['investorClass']],
    [{ appliedOn: '2026-02-30' }, ['appliedOn']],
  ])('refuses %j at %j', (change, path) => {
    const parsed = classApplicationInputSchema.safeParse({ ...base, ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path)).toContainEqual(path);
  });
});
