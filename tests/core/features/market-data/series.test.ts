import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../documents/pdf-tools';
import { coreKit } from '../kyc/core-kit';
import { productInput } from '../products/fixtures';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';

// Monday 2026-11-30, 10:00 in Taipei.
/** Folders for the test's files, removed after each test. */
const folders: string[] = [];
function tempDir(): string {
  folders.push(makeTempDataDir('market-file-'));
  return folders.at(-1)!;
}
afterEach(() => folders.splice(0).forEach(removeTempDataDir));

const kit = coreKit('2026-11-30T02:00:00Z');

async function importCsv(content: string) {
  const path = join(tempDir(), 'data.csv');
  writeFileSync(path, content);
  return kit.call('market.import', { path });
}

describe('market data series', () => {
  it('lists each series with its span, last value and freshness by the clock', async () => {
    await importCsv('date,USDTWD,TAIEX\n2026-11-24,31.2,22900\n2026-11-25,31.1,\n');
    const list = await kit.call('market.seriesList', {});
    expect(list.today).toBe('2026-11-30');
    const usd = list.series.find((s) => s.code === 'USDTWD')!;
    expect(usd).toMatchObject({
      kind: 'fx',
      nameZh: '美元兌新臺幣',
      sample: false,
      firstDate: '2026-11-24',
      lastDate: '2026-11-25',
      lastValue: 31.1,
      pointCount: 2,
      // Wednesday's rate on Monday: Thursday, Friday, Monday.
      freshness: { state: 'fresh', ageBusinessDays: 3 },
    });
    expect(list.series.find((s) => s.code === 'TAIEX')!.freshness).toEqual({
      state: 'stale',
      ageBusinessDays: 4,
    });
    // Saturday: the weekend adds no business day.
    kit.setNow('2026-11-28T02:00:00Z');
    const saturday = await kit.call('market.seriesList', {});
    expect(saturday.series.find((s) => s.code === 'TAIEX')!.freshness).toEqual({
      state: 'fresh',
      ageBusinessDays: 3,
    });
    // The setting moves the line.
    kit.setNow('2026-11-30T02:00:00Z');
    await kit.call('settings.update', {
      marketData: {
        staleAfter: {
          index: { count: 5, unit: 'businessDays' },
          fx: { count: 2, unit: 'businessDays' },
          rate: { count: 5, unit: 'businessDays' },
          nav: { count: 1, unit: 'months' },
          commodity: { count: 3, unit: 'businessDays' },
        },
      },
    });
    const strict = await kit.call('market.seriesList', {});
    expect(strict.series.map((s) => [s.code, s.freshness.state])).toEqual([
      ['USDTWD', 'stale'],
      ['TAIEX', 'fresh'],
    ]);
  });

  it('answers a series with its figures and points in a range; NOT_FOUND for an unknown code', async () => {
    await importCsv('series,date,value\nGOLD,2025-12-31,2000\nGOLD,2026-10-27,2400\nGOLD,2026-11-27,2500\n');
    const { series, figures } = await kit.call('market.seriesGet', { code: 'gold' });
    expect(series.code).toBe('GOLD');
    expect(figures.returns.YTD).toBeCloseTo(0.25, 12);
    // 1M: from the last point on or before 2026-10-27.
    expect(figures.returns['1M']).toBeCloseTo(2500 / 2400 - 1, 12);
    expect(figures.returns['3Y']).toBeNull();
    const ranged = await kit.call('market.points', {
      codes: ['GOLD'],
      from: '2026-01-01',
      to: '2026-10-27',
    });
    expect(ranged.series[0]!.points).toEqual([{ date: '2026-10-27', value: 2400 }]);
    expect(await kit.fail('market.seriesGet', { code: 'NOPE' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await kit.fail('market.points', { codes: ['NOPE'] })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives holdings the latest imported FX rate with its date, the settings rate elsewhere', async () => {
    await kit.call('settings.update', { fxRates: { asOf: '2026-11-02', toTwd: { USD: 30.6, JPY: 0.2 } } });
    await importCsv('date,USDTWD\n2026-11-26,31.5\n2026-11-27,32\n');
    const { rates } = await kit.call('market.fxLatest', {});
    expect(rates).toEqual([
      {
        currency: 'USD',
        rate: 32,
        date: '2026-11-27',
        source: 'market',
        code: 'USDTWD',
        freshness: { state: 'fresh', ageBusinessDays: 1 },
      },
      {
        currency: 'JPY',
        rate: 0.2,
        date: '2026-11-02',
        source: 'settings',
        code: null,
        freshness: { state: 'stale', ageBusinessDays: 20 },
      },
    ]);
    const clientId = await kit.addClient();
    const usd = await kit.call('holdings.setCash', {
      clientId,
      version: 0,
      data: { currency: 'USD', custodian: 'bank', amount: 1000 },
    });
    expect(usd.valuation).toMatchObject({
      totalTwd: 32_000,
      fxAsOf: '2026-11-27',
      cash: [{ fxRate: 32, amountTwd: 32_000 }],
    });
    // Holding yen as well: the totals are as of the older rate.
    const both = await kit.call('holdings.setCash', {
      clientId,
      version: 1,
      data: { currency: 'JPY', custodian: 'bank', amount: 10_000 },
    });
    expect(both.valuation).toMatchObject({ totalTwd: 34_000, fxAsOf: '2026-11-02' });
  });

  it('converts every TWD total of a client at the rates in force: the list, tiers and the PDF', async () => {
    await kit.call('settings.update', { fxRates: { asOf: '2026-11-02', toTwd: { USD: 30.6 } } });
    await importCsv('date,USDTWD\n2026-11-27,32\n');
    // Kept as a summary (no holdings): 100,000 USD is NT$3,200,000 at the imported 32, not 30.6.
    const clientId = await kit.addClient({ investableAssets: [{ currency: 'USD', amount: 100_000 }] });
    const { items } = await kit.call('clients.list', { limit: 10 });
    expect(items.find((c) => c.id === clientId)!.totalAssetsTwd).toEqual({ twd: 3_200_000, missing: [] });
    const household = await kit.call('tiers.household', { clientId });
    expect(household).toMatchObject({ totalTwd: 3_200_000, fxAsOf: '2026-11-27' });
    expect(household.rates).toContainEqual({ currency: 'USD', toTwd: 32 });
    const file = join(tempDir(), 'dossier.pdf');
    const { pdfBase64 } = await kit.call('clients.dossierPdf', { id: clientId });
    writeFileSync(file, Buffer.from(pdfBase64, 'base64'));
    const text = pdfText(file);
    expect(text).toContain('NT$320 萬');
    expect(text).not.toContain('306 萬');
  });

  it('loads the sample series marked as sample, and real data replaces a sample series', async () => {
    const loaded = await kit.call('market.sampleLoad', {});
    expect(loaded.series).toBeGreaterThanOrEqual(16);
    expect(loaded.skipped).toEqual([]);
    const list = await kit.call('market.seriesList', {});
    const taiex = list.series.find((s) => s.code === 'TAIEX')!;
    expect(taiex).toMatchObject({ sample: true, lastDate: '2026-11-27' });
    expect(taiex.firstDate! <= '2021-12-01').toBe(true);
    expect(taiex.lastValue!).toBeGreaterThan(14_000);
    const usd = list.series.find((s) => s.code === 'USDTWD')!;
    expect(usd.lastValue!).toBeGreaterThan(29);
    expect(usd.lastValue!).toBeLessThan(33);
    expect(list.series.filter((s) => s.kind === 'nav').length).toBeGreaterThanOrEqual(2);

    const real = await importCsv('series,date,value\nUSDTWD,2026-11-27,31.25\n');
    expect(real.series[0]).toMatchObject({ added: 1, created: false });
    const after = (await kit.call('market.seriesList', {})).series.find((s) => s.code === 'USDTWD')!;
    expect(after).toMatchObject({ sample: false, pointCount: 1, lastValue: 31.25 });
    const again = await kit.call('market.sampleLoad', {});
    expect(again.skipped).toEqual(['USDTWD']);
    const { items } = await kit.call('audit.list', { limit: 1 });
    expect(items[0]).toMatchObject({
      action: 'market.sample_load',
      detail: `${again.series} series, ${again.points} rows`,
    });
  });

  it("imports a shelf product's prices as its NAV series, linked to it", async () => {
    const product = await kit.call('products.create', {
      data: productInput({ code: 'gf001', nameZh: '全球成長基金', currency: 'USD' }),
    });
    const report = await importCsv('date,GF001\n2026-11-26,12.34\n2026-11-27,12.40\n');
    expect(report.series).toEqual([{ code: 'GF001', added: 2, corrected: 0, unchanged: 0, created: true }]);
    const { series } = await kit.call('market.seriesGet', { code: 'GF001' });
    expect(series).toMatchObject({
      kind: 'nav',
      nameZh: '全球成長基金',
      currency: 'USD',
      productId: product.id,
      sample: false,
      lastValue: 12.4,
    });
  });
});
