import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TIER_SETTINGS,
  serviceDue,
  tierFor,
  tierOf,
  tierSettingsSchema,
  type ServicePlan,
  type TierSettings,
} from '../../../../shared/features/tiers';
import { settingsSchema } from '../../../../shared/features/settings';

const facts = (assetsTwd: number, more: Partial<Parameters<typeof tierFor>[0]> = {}) => ({
  assetsTwd,
  investorClass: 'general' as const,
  tags: [] as string[],
  ...more,
});

describe('tiering by assets at the thresholds', () => {
  it.each([
    [29_999_999, 'vip'],
    [30_000_000, 'top'],
    [9_999_999, 'general'],
    [10_000_000, 'vip'],
    [0, 'general'],
  ])('%d TWD is %s', (assets, key) => {
    expect(tierFor(facts(assets), DEFAULT_TIER_SETTINGS).key).toBe(key);
    expect(tierOf(assets, DEFAULT_TIER_SETTINGS).key).toBe(key);
  });
});

describe('criteria beyond assets', () => {
  const settings: TierSettings = tierSettingsSchema.parse({
    tiers: [
      {
        ...DEFAULT_TIER_SETTINGS.tiers[0],
        criteria: { investorClasses: ['professional_natural', 'high_asset'], tags: [] },
      },
      { ...DEFAULT_TIER_SETTINGS.tiers[1], criteria: { investorClasses: [], tags: ['家族辦公室', '法人'] } },
      DEFAULT_TIER_SETTINGS.tiers[2],
    ],
  });

  it('needs the floor and one of the classes and one of the tags, else falls to the next tier', () => {
    expect(tierFor(facts(40_000_000, { investorClass: 'high_asset' }), settings).key).toBe('top');
    // Enough assets but a general investor without the tag: not top, not vip.
    expect(tierFor(facts(40_000_000), settings).key).toBe('general');
    expect(tierFor(facts(40_000_000, { tags: ['法人'] }), settings).key).toBe('vip');
    expect(tierFor(facts(9_999_999, { tags: ['法人'] }), settings).key).toBe('general');
  });

  it('refuses criteria on the lowest tier, repeated keys and plans out of range', () => {
    const [top, vip, general] = DEFAULT_TIER_SETTINGS.tiers;
    const problems = (tiers: unknown[]) =>
      tierSettingsSchema.safeParse({ tiers }).error?.issues.map((i) => i.message) ?? [];
    expect(problems([top, vip, { ...general!, criteria: { investorClasses: [], tags: ['x'] } }])).toEqual([
      'validation.tierLastCriteria',
    ]);
    expect(problems([top, { ...vip!, key: 'top' }, general])).toEqual(['validation.tierKeys']);
    expect(problems([{ ...top!, plan: { ...top!.plan, contactEveryDays: 0 } }, vip, general])).toEqual([
      'validation.planDays',
    ]);
    expect(problems([{ ...top!, plan: { ...top!.plan, reviewEveryMonths: 61 } }, vip, general])).toEqual([
      'validation.planMonths',
    ]);
  });

  it('reads tiers saved before plans existed with the fallback plan, not as invalid settings', () => {
    const older = {
      tiers: DEFAULT_TIER_SETTINGS.tiers.map(({ key, name, minAssetsTwd }) => ({ key, name, minAssetsTwd })),
    };
    const read = settingsSchema.shape.tiers.parse(older);
    expect(read.tiers[0]!.plan.contactEveryDays).toBe(90);
    expect(read.tiers[0]!.criteria).toEqual({ investorClasses: [], tags: [] });
  });
});

describe('service-plan due dates by the clock', () => {
  const plan: ServicePlan = {
    contactEveryDays: 30,
    reviewEveryMonths: 1,
    birthdayGreeting: true,
    kycReview: true,
  };
  const due = (kind: string, rows: ReturnType<typeof serviceDue>) => rows.find((r) => r.kind === kind);

  it('adds months to a month end as the month end (Jan 31 + 1 month), in leap and common years', () => {
    const common = serviceDue(plan, { since: '2026-01-01', lastReview: '2027-01-31' }, '2027-03-01');
    expect(due('review', common)).toMatchObject({ dueOn: '2027-02-28', daysLate: 1, last: '2027-01-31' });
    const leap = serviceDue(plan, { since: '2026-01-01', lastReview: '2028-01-31' }, '2028-02-29');
    expect(due('review', leap)).toMatchObject({ dueOn: '2028-02-29', daysLate: 0 });
  });

  it('adds days across month ends and February 29', () => {
    expect(
      due('contact', serviceDue(plan, { since: '2026-01-01', lastContact: '2028-02-15' }, '2028-03-10')),
    ).toMatchObject({
      dueOn: '2028-03-16',
      daysLate: -6,
    });
    expect(
      due('contact', serviceDue(plan, { since: '2026-01-01', lastContact: '2027-02-15' }, '2027-03-17')),
    ).toMatchObject({
      dueOn: '2027-03-17',
      daysLate: 0,
    });
  });

  it('counts from the tier start when nothing was done yet', () => {
    const rows = serviceDue(plan, { since: '2026-11-30' }, '2026-12-31');
    expect(due('contact', rows)).toMatchObject({ last: null, dueOn: '2026-12-30', daysLate: 1 });
    expect(due('review', rows)).toMatchObject({ dueOn: '2026-12-30' });
  });

  it('runs a new plan from the day of the tier change, never before it', () => {
    const vip: ServicePlan = { ...plan, contactEveryDays: 60 };
    // Last contact Oct 1: under vip the next one is due Nov 30; the client turned top on Nov 15.
    expect(
      due('contact', serviceDue(vip, { since: '2026-01-01', lastContact: '2026-10-01' }, '2026-11-20'))!
        .daysLate,
    ).toBe(-10);
    const afterChange = serviceDue(plan, { since: '2026-11-15', lastContact: '2026-10-01' }, '2026-11-20');
    expect(due('contact', afterChange)).toMatchObject({ dueOn: '2026-11-15', daysLate: 5 });
  });

  it('follows the KYC validity only when the plan says so', () => {
    const facts = { since: '2026-01-01', kycValidUntil: '2026-12-31' };
    expect(due('kyc', serviceDue(plan, facts, '2027-01-02'))).toMatchObject({
      dueOn: '2026-12-31',
      daysLate: 2,
    });
    expect(due('kyc', serviceDue({ ...plan, kycReview: false }, facts, '2027-01-02'))).toBeUndefined();
  });
});
