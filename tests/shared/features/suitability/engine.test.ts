import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/features/settings';
import {
  checkSuitability,
  DEFAULT_SUITABILITY_SETTINGS,
  sharesOf,
  suitabilityItemsSchema,
  suitabilitySettingsSchema,
  type Finding,
} from '../../../../shared/features/suitability';
import { codes, DAY, diversified, equalItems, item, product, profile, rules, run } from './fixtures';

const only = (findings: Finding[], code: Finding['code']) => findings.filter((f) => f.code === code);

describe('grade against the product RR (the matrix in settings.suitability.maxRiskByGrade)', () => {
  const five = [1, 2, 3, 4, 5].flatMap((level) => [1, 2, 3, 4, 5].map((rr) => ({ level, rr })));
  it.each(five)('five grades: C$level with RR$rr', ({ level, rr }) => {
    const result = run({ profile: profile(level) }, diversified({ riskRating: rr }));
    const found = only(result.findings, 'grade_exceeded');
    if (rr <= level) expect(found).toEqual([]);
    else {
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        severity: 'needs_approval',
        rule: 'grade.matrix',
        settings: [{ path: `suitability.maxRiskByGrade.five[${level - 1}]`, value: level }],
      });
      expect(found[0]!.message['zh-TW']).toContain(`RR${rr}`);
      expect(found[0]!.message['zh-TW']).toContain(`RR${level}`);
      expect(found[0]!.message.en).toContain(`RR${rr}`);
    }
  });

  it.each([
    { level: 1, max: 2 },
    { level: 2, max: 4 },
    { level: 3, max: 5 },
  ])('three grades: level $level takes up to RR$max and not one more', ({ level, max }) => {
    const grade = profile(level, { grade: { scale: 'three', level } });
    const settings = { ...rules(), gradeScale: 'three' as const };
    expect(
      only(run({ profile: grade }, diversified({ riskRating: max }), settings).findings, 'grade_exceeded'),
    ).toEqual([]);
    if (max < 5) {
      const over = only(
        run({ profile: grade }, diversified({ riskRating: max + 1 }), settings).findings,
        'grade_exceeded',
      );
      expect(over[0]?.settings).toEqual([
        { path: `suitability.maxRiskByGrade.three[${level - 1}]`, value: max },
      ]);
    }
  });

  it('reads the firm matrix: C3 limited to RR2 refuses RR3', () => {
    const settings = rules({ maxRiskByGrade: { five: [1, 2, 2, 4, 5], three: [2, 4, 5] } });
    expect(codes(run({ profile: profile(3) }, diversified({ riskRating: 3 }), settings))).toContain(
      'grade_exceeded:needs_approval',
    );
  });

  it('warns when the profile was graded on a scale the firm no longer uses', () => {
    const result = run({ profile: profile(2) }, diversified(), { ...rules(), gradeScale: 'three' });
    expect(codes(result)).toContain('grade_scale_changed:warning');
  });
});

describe('KYC must be current', () => {
  it.each([
    { name: 'no profile', profile: null, code: 'kyc_none' },
    {
      name: 'expired the day before',
      profile: profile(5, { validUntil: '2026-11-29' }),
      code: 'kyc_expired',
    },
    { name: 'unconfirmed', profile: profile(5, { confirmed: false }), code: 'kyc_unconfirmed' },
    { name: 'flagged for review', profile: profile(5, { needsReview: true }), code: 'kyc_needs_review' },
  ] as const)('$name blocks the whole set, even RR1', ({ profile: p, code }) => {
    const result = run({ profile: p }, diversified());
    expect(result.verdict).toBe('blocked');
    expect(result.findings.filter((f) => f.severity === 'block')).toEqual([
      expect.objectContaining({ code, productId: null, rule: 'kyc.current' }),
    ]);
  });

  it('is current through its last valid day', () => {
    const result = run({ profile: profile(5, { validUntil: DAY }) }, diversified());
    expect(result).toMatchObject({ verdict: 'ok', kycState: 'current', findings: [] });
  });

  it('names the expiry day in the message', () => {
    const result = run({ profile: profile(5, { validUntil: '2026-10-01' }) }, diversified());
    expect(result.findings[0]!.message['zh-TW']).toContain('2026-10-01');
  });
});

describe('products not approved for sale, and complex products', () => {
  it.each(['draft', 'suspended', 'withdrawn'] as const)('%s is blocked', (state) => {
    const items = diversified({ state });
    const result = run({}, items);
    expect(result.verdict).toBe('blocked');
    expect(only(result.findings, 'product_not_approved')).toEqual([
      expect.objectContaining({ severity: 'block', productId: items[0]!.product.id }),
    ]);
  });

  it.each([
    { expiryDate: '2026-11-29', blocked: true },
    { expiryDate: DAY, blocked: false },
    { expiryDate: null, blocked: false },
  ])(
    'a product whose last day is $expiryDate, checked on the day: blocked $blocked',
    ({ expiryDate, blocked }) => {
      const result = run({}, diversified({ expiryDate }));
      expect(codes(result).includes('product_expired:block')).toBe(blocked);
      if (blocked)
        expect(only(result.findings, 'product_expired')[0]!.message['zh-TW']).toContain('2026-11-29');
    },
  );

  it.each([
    { investorClass: 'general', blocked: true },
    { investorClass: 'professional_natural', blocked: false },
    { investorClass: 'professional_entity', blocked: false },
    { investorClass: 'high_asset', blocked: false },
  ] as const)(
    'a complex product for a $investorClass client: blocked $blocked',
    ({ investorClass, blocked }) => {
      const result = run({ investorClass }, diversified({ isComplex: true }));
      expect(codes(result).includes('complex_not_eligible:block')).toBe(blocked);
    },
  );

  it('follows the firm list of eligible classes', () => {
    const settings = rules({ complexProductClasses: ['professional_entity'] });
    const result = run({ investorClass: 'high_asset' }, diversified({ isComplex: true }), settings);
    expect(only(result.findings, 'complex_not_eligible')[0]?.settings).toEqual([
      { path: 'suitability.complexProductClasses', value: ['professional_entity'] },
    ]);
  });
});

describe('clients aged 65 and over', () => {
  const withRationale = { rationale: '退休金配置需求，客戶了解風險' };

  it.each([
    { age: 64, elderly: false },
    { age: 65, elderly: true },
  ])('age $age: elderly $elderly (kyc.elderlyAge 65)', ({ age, elderly }) => {
    const result = run({ age }, diversified());
    expect(result.elderly).toBe(elderly);
    expect(codes(result).includes('elderly_rationale_missing:block')).toBe(elderly);
  });

  it('follows the firm age: 69 is not elderly at 70', () => {
    const result = run({ age: 69, profile: profile(3) }, diversified(), { ...rules(), elderlyAge: 70 });
    expect(result.elderly).toBe(false);
  });

  it('a profile taken with the elderly questions makes the rules apply without a birth date', () => {
    const result = run({ age: null, profile: profile(3, { elderly: true }) }, diversified());
    expect(result.elderly).toBe(true);
    expect(codes(result)).not.toContain('age_unknown:warning');
  });

  it.each([
    { age: 64, blocked: false },
    { age: 65, blocked: true },
  ])(
    'a client of $age on a profile taken without the elderly questions: blocked $blocked',
    ({ age, blocked }) => {
      const result = run({ age, profile: profile(3, { elderly: false }) }, diversified({}, withRationale));
      expect(codes(result).includes('kyc_not_elderly:block')).toBe(blocked);
      if (blocked) {
        const [found] = only(result.findings, 'kyc_not_elderly');
        expect(found!.settings).toEqual([{ path: 'kyc.elderlyAge', value: 65 }]);
        expect(found!.message['zh-TW']).toContain('65 歲');
      }
      // The same client on an elderly profile is not blocked for it.
      expect(
        codes(run({ age, profile: profile(3, { elderly: true }) }, diversified({}, withRationale))),
      ).not.toContain('kyc_not_elderly:block');
    },
  );

  it('asks for a birth date when the age is unknown, except of a legal entity', () => {
    expect(codes(run({ age: null }, diversified()))).toContain('age_unknown:warning');
    expect(codes(run({ age: null, investorClass: 'professional_entity' }, diversified()))).not.toContain(
      'age_unknown:warning',
    );
  });

  it('needs a written rationale for every product, and blocks each product without one', () => {
    const items = diversified({}, withRationale);
    items[3] = { ...items[3]!, item: { ...items[3]!.item, rationale: '' } };
    const result = run({ age: 70 }, items);
    expect(only(result.findings, 'elderly_rationale_missing').map((f) => f.productId)).toEqual([
      items[3]!.product.id,
    ]);
    expect(result.verdict).toBe('blocked');
  });

  it('blocks a proposed foreign security; one the client asked for is a warning to record', () => {
    const proposed = run({ age: 70 }, diversified({ isForeign: true }, withRationale));
    expect(codes(proposed)).toEqual(['elderly_foreign_proactive:block']);
    const asked = run(
      { age: 70 },
      diversified({ isForeign: true }, { ...withRationale, clientInitiated: true }),
    );
    expect(codes(asked)).toEqual(['elderly_foreign_client_initiated:warning']);
    expect(asked.verdict).toBe('ok');
    const off = rules({ elderly: { ...DEFAULT_SETTINGS.suitability.elderly, noProactiveForeign: false } });
    expect(codes(run({ age: 70 }, diversified({ isForeign: true }, withRationale), off))).toEqual([]);
  });

  it.each([
    { rr: 3, review: false },
    { rr: 4, review: true },
  ])('RR$rr needs supervisor review: $review (from RR4)', ({ rr, review }) => {
    const result = run({ age: 70, profile: profile(5) }, diversified({ riskRating: rr }, withRationale));
    const found = only(result.findings, 'elderly_high_risk_review');
    expect(found.length).toBe(review ? 1 : 0);
    if (review) {
      expect(found[0]!.settings).toContainEqual({
        path: 'suitability.elderly.supervisorReviewFromRisk',
        value: 4,
      });
      expect(found[0]!.message['zh-TW']).toContain('70 歲');
    }
  });
});

describe('concentration (over the proposed set; a limit reached exactly passes)', () => {
  it.each([
    { share: 30, found: false },
    { share: 30.1, found: true },
  ])('one product at $share% (limit 30%)', ({ share, found }) => {
    const big = product();
    const rest = Array.from({ length: 7 }, () => product());
    const items = [
      { product: big, item: item(big.id, { weightPercent: share }) },
      ...rest.map((p) => ({ product: p, item: item(p.id, { weightPercent: (100 - share) / 7 }) })),
    ];
    const result = run({}, items);
    expect(only(result.findings, 'concentration_product').map((f) => f.productId)).toEqual(
      found ? [big.id] : [],
    );
  });

  it.each([
    { share: 50, found: false },
    { share: 50.1, found: true },
  ])('one issuer at $share% (limit 50%)', ({ share, found }) => {
    const a = product({ issuer: '元大投信' });
    const b = product({ issuer: '元大投信' });
    const rest = Array.from({ length: 4 }, () => product());
    const items = [
      { product: a, item: item(a.id, { weightPercent: share / 2 }) },
      { product: b, item: item(b.id, { weightPercent: share / 2 }) },
      ...rest.map((p) => ({ product: p, item: item(p.id, { weightPercent: (100 - share) / 4 }) })),
    ];
    const found_ = only(run({}, items).findings, 'concentration_issuer');
    expect(found_.map((f) => f.subject)).toEqual(found ? ['元大投信'] : []);
    if (found) {
      expect(found_[0]!.rule).toBe('concentration.issuer');
      expect(found_[0]!.message['zh-TW']).toContain('50.1%');
    }
  });

  it.each([
    { share: 30, found: false },
    { share: 30.1, found: true },
  ])('RR5 at $share% (limit 30%)', ({ share, found }) => {
    const r5 = [product({ riskRating: 5 }), product({ riskRating: 5 })];
    const rest = Array.from({ length: 4 }, () => product());
    const items = [
      ...r5.map((p) => ({ product: p, item: item(p.id, { weightPercent: share / 2 }) })),
      ...rest.map((p) => ({ product: p, item: item(p.id, { weightPercent: (100 - share) / 4 }) })),
    ];
    expect(codes(run({ profile: profile(5) }, items)).includes('concentration_rr5:needs_approval')).toBe(
      found,
    );
  });

  it.each([
    { share: 60, found: false },
    { share: 60.1, found: true },
  ])('one foreign currency at $share% (limit 60%); TWD never counts', ({ share, found }) => {
    const usd = [product({ currency: 'USD' }), product({ currency: 'USD' }), product({ currency: 'USD' })];
    const twd = Array.from({ length: 4 }, () => product());
    const items = [
      ...usd.map((p) => ({ product: p, item: item(p.id, { weightPercent: share / 3 }) })),
      ...twd.map((p) => ({ product: p, item: item(p.id, { weightPercent: (100 - share) / 4 }) })),
    ];
    const result = run({}, items);
    expect(only(result.findings, 'concentration_foreign_currency').map((f) => f.subject)).toEqual(
      found ? ['USD'] : [],
    );
  });

  it('is a warning, not a finding to approve, for the classes the firm lists', () => {
    const single = equalItems([product()]);
    expect(codes(run({ investorClass: 'general' }, single))).toEqual([
      'concentration_product:needs_approval',
      'concentration_issuer:needs_approval',
    ]);
    const pro = run({ investorClass: 'professional_natural' }, single);
    expect(codes(pro)).toEqual(['concentration_product:warning', 'concentration_issuer:warning']);
    expect(pro.verdict).toBe('ok');
    expect(pro.findings[0]!.settings).toContainEqual({
      path: 'suitability.concentration.warningOnlyClasses',
      value: ['professional_natural', 'professional_entity', 'high_asset'],
    });
  });

  it('reads amounts in TWD like weights: shares of the total', () => {
    const [a, b] = [product(), product()];
    const byAmount = [
      { product: a!, item: { ...item(a!.id), weightPercent: undefined, amountTwd: 3_000_000 } },
      { product: b!, item: { ...item(b!.id), weightPercent: undefined, amountTwd: 1_000_000 } },
    ];
    expect(sharesOf(byAmount)).toEqual([75, 25]);
    expect(run({}, byAmount).products.map((p) => p.sharePercent)).toEqual([75, 25]);
  });
});

describe('overrides', () => {
  it('an approved override resolves the matching finding that needs approval', () => {
    const items = diversified({ riskRating: 4 });
    const client = { profile: profile(2), age: 40, investorClass: 'general' } as const;
    const asked = checkSuitability({ day: DAY, client, items, settings: rules() }).findings[0]!;
    const result = checkSuitability({
      day: DAY,
      client,
      items,
      settings: rules(),
      overrides: [{ ...asked, id: 'o-1' }],
    });
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'grade_exceeded', severity: 'overridden', overrideId: 'o-1' }),
    ]);
    expect(result.verdict).toBe('ok');
  });

  it('never resolves a block, nor another product finding', () => {
    const items = diversified({ state: 'suspended', riskRating: 4 });
    const client = { profile: profile(2), age: 40, investorClass: 'general' } as const;
    const [block, exceeded] = checkSuitability({ day: DAY, client, items, settings: rules() }).findings;
    const result = checkSuitability({
      day: DAY,
      client,
      items,
      settings: rules(),
      overrides: [
        { ...block!, id: 'o-1' },
        { ...exceeded!, id: 'o-2', productId: items[1]!.product.id },
      ],
    });
    expect(codes(result)).toEqual(['product_not_approved:block', 'grade_exceeded:needs_approval']);
  });

  it('resolves only the finding it was for: not one with a larger share or a higher RR', () => {
    const client = { profile: profile(2), age: 40, investorClass: 'general' } as const;
    const base = diversified();
    const proposal = (weight: number, riskRating: number) => {
      const [first, ...rest] = base;
      return [
        { product: { ...first!.product, riskRating }, item: { ...first!.item, weightPercent: weight } },
        ...rest,
      ];
    };
    const asked = checkSuitability({ day: DAY, client, items: proposal(40, 3), settings: rules() });
    const approved = asked.findings
      .filter((f) => f.productId === asked.products[0]!.productId)
      .map((f, index) => ({ ...f, id: `o-${index}` }));
    expect(approved.map((f) => f.code)).toEqual(['grade_exceeded', 'concentration_product']);
    const again = (weight: number, riskRating: number) =>
      checkSuitability({
        day: DAY,
        client,
        items: proposal(weight, riskRating),
        settings: rules(),
        overrides: approved,
      })
        .findings.filter((f) => f.productId === asked.products[0]!.productId)
        .map((f) => `${f.code}:${f.severity}`);
    expect(again(40, 3)).toEqual(['grade_exceeded:overridden', 'concentration_product:overridden']);
    expect(again(90, 3)).toEqual(['grade_exceeded:overridden', 'concentration_product:needs_approval']);
    expect(again(40, 4)).toEqual(['grade_exceeded:needs_approval', 'concentration_product:overridden']);
  });
});

describe('the proposed items as the check channel reads them', () => {
  it('takes weights or amounts, not both, the same basis for all, each product once', () => {
    expect(suitabilityItemsSchema.safeParse([{ productId: 'a', weightPercent: 50 }]).success).toBe(true);
    const bad = (items: unknown) =>
      suitabilityItemsSchema.safeParse(items).error?.issues.map((i) => i.path.join('.'));
    expect(bad([{ productId: 'a' }])).toEqual(['0.weightPercent']);
    expect(bad([{ productId: 'a', weightPercent: 5, amountTwd: 5 }])).toEqual(['0.weightPercent']);
    expect(
      bad([
        { productId: 'a', weightPercent: 5 },
        { productId: 'b', amountTwd: 5 },
      ]),
    ).toEqual(['1.weightPercent']);
    expect(
      bad([
        { productId: 'a', weightPercent: 5 },
        { productId: 'a', weightPercent: 5 },
      ]),
    ).toEqual(['1.productId']);
    expect(bad([])).toEqual(['']);
  });

  it('keeps a written rationale and reads blank as none', () => {
    const parsed = suitabilityItemsSchema.parse([{ productId: 'a', weightPercent: 5, rationale: '  \r\n ' }]);
    expect(parsed[0]).toEqual({ productId: 'a', weightPercent: 5, rationale: '', clientInitiated: false });
  });
});

describe('the suitability settings', () => {
  it('default to domain.md and refuse a grade allowed less than the grade below it', () => {
    expect(suitabilitySettingsSchema.parse(DEFAULT_SUITABILITY_SETTINGS)).toEqual(
      DEFAULT_SUITABILITY_SETTINGS,
    );
    expect(DEFAULT_SUITABILITY_SETTINGS.maxRiskByGrade).toEqual({ five: [1, 2, 3, 4, 5], three: [2, 4, 5] });
    const bad = suitabilitySettingsSchema.safeParse({
      ...DEFAULT_SUITABILITY_SETTINGS,
      maxRiskByGrade: { five: [1, 3, 2, 4, 5], three: [2, 4, 6] },
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'maxRiskByGrade.five.2',
      'maxRiskByGrade.three.2',
    ]);
  });
});
