// Suitability figures for `npm run bench`: one client's check of 50 proposed products.
import { DEFAULT_SETTINGS } from '../../shared/features/settings';
import {
  checkSuitability,
  type ProposedItem,
  type SuitabilityInput,
} from '../../shared/features/suitability';
import { CURRENCIES } from '../../shared/kernel/money';
import type { BenchRow } from './types';

const SECTION = 'suitability';
const TARGET_MS = 2;

/** A 70-year-old C3 client (every rule runs, the 65+ ones too) and 50 mixed products. */
function benchInput(): SuitabilityInput {
  const items: ProposedItem[] = Array.from({ length: 50 }, (_, i) => ({
    product: {
      id: `p${i}`,
      code: `F${1000 + i}`,
      nameZh: `基金${i}`,
      nameEn: `Fund ${i}`,
      issuer: `Issuer ${i % 7}`,
      currency: CURRENCIES[i % CURRENCIES.length]!,
      riskRating: (i % 5) + 1,
      isForeign: i % 4 === 0,
      isComplex: i % 9 === 0,
      state: i % 11 === 0 ? 'suspended' : 'approved',
      expiryDate: i % 13 === 0 ? '2026-01-31' : null,
    },
    item: {
      productId: `p${i}`,
      weightPercent: 1 + (i % 4),
      rationale: i % 3 === 0 ? null : '退休現金流需求',
      clientInitiated: i % 8 === 0,
    },
  }));
  const input: SuitabilityInput = {
    day: '2026-11-30',
    client: {
      profile: {
        assessmentId: 'a',
        grade: { scale: 'five', level: 3 },
        takenOn: '2026-06-01',
        validUntil: '2026-12-01',
        confirmed: true,
        needsReview: false,
        elderly: true,
      },
      age: 70,
      investorClass: 'general',
    },
    items,
    settings: {
      suitability: DEFAULT_SETTINGS.suitability,
      elderlyAge: DEFAULT_SETTINGS.kyc.elderlyAge,
      gradeScale: 'five',
    },
  };
  // An approval as the service passes it: the finding as it was asked for.
  const asked = checkSuitability(input).findings.find(
    (f) => f.code === 'grade_exceeded' && f.productId === 'p3',
  )!;
  return { ...input, overrides: [{ ...asked, id: 'o' }] };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export async function benchSuitability(): Promise<BenchRow[]> {
  const input = benchInput();
  for (let i = 0; i < 200; i += 1) checkSuitability(input);
  const times: number[] = [];
  for (let i = 0; i < 2_000; i += 1) {
    const t = performance.now();
    checkSuitability(input);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  const p95 = quantile(times, 0.95);
  return [
    { section: SECTION, metric: 'check of 50 products, median', value: `${median.toFixed(3)} ms` },
    {
      section: SECTION,
      metric: 'check of 50 products, p95',
      value: `${p95.toFixed(3)} ms`,
      target: `<= ${TARGET_MS} ms`,
      pass: p95 <= TARGET_MS,
    },
  ];
}
