/**
 * Writes resources/market-data/sample.json: about five years of invented but plausible daily data
 * for the main series, ending 2026-11-27, marked as sample data when loaded. Deterministic (seeded
 * xoshiro128**): running it again writes the same file. Run once after changing it:
 *   npx tsx scripts/market-sample.ts
 * Each series is a random walk (log levels for prices, levels for yields) pinned through a few
 * waypoints near the real history by a Brownian bridge; policy rates are step functions. The equity
 * indices share a world-equity shock, each with its own loading, so they move together as real
 * indices do (the S&P 500 and MSCI World correlate about 0.9, Taiwan with them about 0.5) and a
 * comparison or a correlation table on the sample reads like the market.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STANDARD_SERIES, type Series } from '../shared/features/market-data';
import { Xoshiro128 } from '../shared/kernel/random';
import { businessDaysFrom } from '../electron/core/features/market-data/sample';
import { daysBetween } from '../shared/kernel/dates';

const START = '2021-11-29';
const END = '2026-11-27';
const DATES = businessDaysFrom(START, 10_000).filter((d) => d <= END);

type Entry = Omit<Series, 'productId' | 'sample'>;
type Waypoints = [string, number][];
/** A shock shared by several series, one draw a business day, and how much of a series' own it is. */
interface Factor {
  shocks: readonly number[];
  loading: number;
}

const DATE_INDEX = new Map(DATES.map((date, i) => [date, i]));

/** One standard normal draw per business day, from a seed of its own (the series' draws are unchanged). */
function commonShocks(seed: number): number[] {
  const random = new Xoshiro128(seed);
  return DATES.map(() => random.nextNormal());
}

const standard = (code: string): Entry => STANDARD_SERIES.find((s) => s.code === code)!;

/**
 * A walk through the waypoints: daily shocks of `dailyVol`, bridged so each waypoint is met. With
 * a factor, each day's shock is `loading` of the shared one and the rest the series' own.
 */
function walk(
  random: Xoshiro128,
  waypoints: Waypoints,
  dailyVol: number,
  logScale: boolean,
  factor?: Factor,
): number[] {
  const shock = (date: string) => {
    const own = random.nextNormal();
    if (!factor) return own;
    const { shocks, loading } = factor;
    return loading * shocks[DATE_INDEX.get(date)!]! + Math.sqrt(1 - loading * loading) * own;
  };
  const into = (v: number) => (logScale ? Math.log(v) : v);
  const out = (v: number) => (logScale ? Math.exp(v) : v);
  const values: number[] = [];
  for (let w = 0; w < waypoints.length - 1; w += 1) {
    const [fromDate, fromLevel] = waypoints[w]!;
    const [toDate, toLevel] = waypoints[w + 1]!;
    const span = DATES.filter(
      (d) => d >= fromDate && (d < toDate || (w === waypoints.length - 2 && d <= toDate)),
    );
    const noise: number[] = [0];
    for (let i = 1; i < span.length; i += 1) noise.push(noise[i - 1]! + shock(span[i]!) * dailyVol);
    const total = Math.max(1, daysBetween(fromDate, toDate));
    const last = noise.at(-1)!;
    span.forEach((date, i) => {
      const t = daysBetween(fromDate, date) / total;
      const level = into(fromLevel) + t * (into(toLevel) - into(fromLevel)) + noise[i]! - t * last;
      values.push(out(level));
    });
  }
  return values;
}

/** A rate that changes on the given days and stays in between. */
function steps(changes: Waypoints): number[] {
  return DATES.map((date) => changes.filter(([from]) => from <= date).at(-1)![1]);
}

const round = (digits: number) => (values: number[]) => values.map((v) => Number(v.toFixed(digits)));

const annual = (vol: number) => vol / Math.sqrt(252);

/** The sample file's content; the same on every run and machine. */
export function marketSample() {
  const random = new Xoshiro128(20261127);
  const worldEquity = commonShocks(20261128);
  const equity = (loading: number): Factor => ({ shocks: worldEquity, loading });
  const series: { entry: Entry; values: number[] }[] = [
    {
      entry: standard('TAIEX'),
      values: round(2)(
        walk(
          random,
          [
            [START, 17400],
            ['2022-10-25', 12800],
            ['2024-07-11', 23900],
            ['2025-04-09', 17400],
            [END, 23000],
          ],
          annual(0.18),
          true,
          equity(0.55),
        ),
      ),
    },
    {
      entry: standard('SPX'),
      values: round(2)(
        walk(
          random,
          [
            [START, 4650],
            ['2022-10-12', 3580],
            ['2024-12-06', 6090],
            ['2025-04-08', 4980],
            [END, 6700],
          ],
          annual(0.17),
          true,
          equity(0.95),
        ),
      ),
    },
    {
      entry: standard('MSCIWORLD'),
      values: round(2)(
        walk(
          random,
          [
            [START, 3150],
            ['2022-10-12', 2370],
            ['2024-12-06', 3850],
            ['2025-04-08', 3350],
            [END, 4300],
          ],
          annual(0.15),
          true,
          equity(0.98),
        ),
      ),
    },
    {
      entry: standard('MSCIEM'),
      values: round(2)(
        walk(
          random,
          [
            [START, 1240],
            ['2022-10-24', 850],
            ['2024-10-02', 1180],
            ['2025-04-08', 1000],
            [END, 1350],
          ],
          annual(0.16),
          true,
          equity(0.7),
        ),
      ),
    },
    {
      entry: standard('N225'),
      values: round(2)(
        walk(
          random,
          [
            [START, 28300],
            ['2022-03-08', 24700],
            ['2024-07-11', 42200],
            ['2024-08-05', 31500],
            [END, 48500],
          ],
          annual(0.2),
          true,
          equity(0.55),
        ),
      ),
    },
    {
      entry: standard('USDTWD'),
      values: round(4)(
        walk(
          random,
          [
            [START, 27.8],
            ['2022-10-24', 32.2],
            ['2024-12-31', 32.8],
            ['2025-05-05', 29.9],
            [END, 31.0],
          ],
          annual(0.05),
          true,
        ),
      ),
    },
    {
      entry: standard('JPYTWD'),
      values: round(5)(
        walk(
          random,
          [
            [START, 0.244],
            ['2024-07-03', 0.201],
            [END, 0.204],
          ],
          annual(0.09),
          true,
        ),
      ),
    },
    {
      entry: standard('EURTWD'),
      values: round(4)(
        walk(
          random,
          [
            [START, 31.5],
            ['2022-09-27', 30.8],
            ['2024-12-31', 34.0],
            [END, 36.0],
          ],
          annual(0.06),
          true,
        ),
      ),
    },
    {
      entry: standard('CNYTWD'),
      values: round(4)(
        walk(
          random,
          [
            [START, 4.36],
            ['2024-12-31', 4.49],
            [END, 4.36],
          ],
          annual(0.04),
          true,
        ),
      ),
    },
    {
      entry: standard('AUDTWD'),
      values: round(4)(
        walk(
          random,
          [
            [START, 19.9],
            ['2023-10-26', 20.5],
            [END, 20.4],
          ],
          annual(0.09),
          true,
        ),
      ),
    },
    {
      entry: standard('TW10Y'),
      values: round(3)(
        walk(
          random,
          [
            [START, 0.65],
            ['2022-11-01', 1.45],
            ['2024-06-03', 1.6],
            [END, 1.45],
          ],
          0.015,
          false,
        ),
      ),
    },
    {
      entry: standard('US10Y'),
      values: round(3)(
        walk(
          random,
          [
            [START, 1.5],
            ['2023-10-19', 4.95],
            ['2024-09-16', 3.62],
            ['2025-01-14', 4.79],
            [END, 4.05],
          ],
          0.06,
          false,
        ),
      ),
    },
    {
      entry: standard('CBCRATE'),
      values: steps([
        [START, 1.125],
        ['2022-03-18', 1.375],
        ['2022-06-17', 1.5],
        ['2022-09-23', 1.625],
        ['2023-03-24', 1.875],
        ['2024-03-22', 2.0],
      ]),
    },
    {
      entry: standard('FEDFUNDS'),
      values: steps([
        [START, 0.25],
        ['2022-03-17', 0.5],
        ['2022-05-05', 1.0],
        ['2022-06-16', 1.75],
        ['2022-07-28', 2.5],
        ['2022-09-22', 3.25],
        ['2022-11-03', 4.0],
        ['2022-12-15', 4.5],
        ['2023-02-02', 4.75],
        ['2023-03-23', 5.0],
        ['2023-05-04', 5.25],
        ['2023-07-27', 5.5],
        ['2024-09-19', 5.0],
        ['2024-11-08', 4.75],
        ['2024-12-19', 4.5],
        ['2025-09-18', 4.25],
        ['2025-10-30', 4.0],
      ]),
    },
    {
      entry: standard('GOLD'),
      values: round(2)(
        walk(
          random,
          [
            [START, 1785],
            ['2022-09-28', 1630],
            ['2024-10-30', 2790],
            [END, 3950],
          ],
          annual(0.15),
          true,
        ),
      ),
    },
    {
      entry: {
        code: 'NAV.GLOBALEQ',
        nameZh: '範例全球股票基金',
        nameEn: 'Sample Global Equity Fund',
        kind: 'nav',
        unit: 'NAV',
        currency: 'USD',
        frequency: 'daily',
        source: '範例投信 / Sample fund house',
      },
      values: round(4)(
        walk(
          random,
          [
            [START, 10],
            ['2022-10-12', 7.9],
            [END, 14.5],
          ],
          annual(0.14),
          true,
        ),
      ),
    },
    {
      entry: {
        code: 'NAV.ASIAHY',
        nameZh: '範例亞洲高收益債券基金',
        nameEn: 'Sample Asia High Yield Bond Fund',
        kind: 'nav',
        unit: 'NAV',
        currency: 'USD',
        frequency: 'daily',
        source: '範例投信 / Sample fund house',
      },
      values: round(4)(
        walk(
          random,
          [
            [START, 10],
            ['2022-11-01', 7.6],
            [END, 8.9],
          ],
          annual(0.06),
          true,
        ),
      ),
    },
    {
      entry: {
        code: 'NAV.TWTECH',
        nameZh: '範例台灣科技基金',
        nameEn: 'Sample Taiwan Technology Fund',
        kind: 'nav',
        unit: 'NAV',
        currency: 'TWD',
        frequency: 'daily',
        source: '範例投信 / Sample fund house',
      },
      values: round(4)(
        walk(
          random,
          [
            [START, 25],
            ['2022-10-25', 17.5],
            [END, 48],
          ],
          annual(0.22),
          true,
        ),
      ),
    },
  ];

  for (const s of series) {
    if (s.values.length !== DATES.length) throw new Error(`${s.entry.code}: ${s.values.length} values`);
  }
  return { endDate: END, series: series.map(({ entry, values }) => ({ ...entry, start: START, values })) };
}

export const MARKET_SAMPLE_FILE = resolve(import.meta.dirname, '../resources/market-data/sample.json');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = marketSample();
  mkdirSync(dirname(MARKET_SAMPLE_FILE), { recursive: true });
  writeFileSync(MARKET_SAMPLE_FILE, `${JSON.stringify(file)}\n`);
  console.log(`${file.series.length} series × ${DATES.length} business days, ${DATES[0]} to ${DATES.at(-1)}`);
}
