import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PositionInput } from '../../../../shared/features/holdings';
import { coreKit } from '../kyc/core-kit';
import { productInput } from '../products/fixtures';

const kit = coreKit();

async function addProduct(code: string, currency: 'TWD' | 'USD' | 'JPY' = 'USD') {
  const product = await kit.call('products.create', {
    data: productInput({ code, nameZh: `商品${code}`, currency, assetClass: 'dm_equity', riskRating: 4 }),
  });
  return product.id;
}

const freeForm = (overrides: Partial<PositionInput> = {}): PositionInput => ({
  productId: null,
  name: '台積電',
  assetClass: 'tw_equity',
  currency: 'TWD',
  custodian: 'domestic',
  quantity: 1000,
  price: 1050.5,
  priceDate: '2026-11-27',
  ...overrides,
});

async function auditEntries() {
  return (await kit.call('audit.list', { limit: 100 })).items;
}

describe('holdings valuation', () => {
  it('values shelf and free-form positions and cash in their currency and in TWD at the stated rates', async () => {
    const clientId = await kit.addClient();
    await kit.call('settings.update', { fxRates: { asOf: '2026-11-25', toTwd: { USD: 32.5 } } });
    const productId = await addProduct('USFUND');
    let state = await kit.call('holdings.get', { clientId });
    expect(state).toMatchObject({ version: 0, valuation: { positions: [], cash: [], totalTwd: 0 } });

    state = await kit.call('holdings.addPosition', { clientId, version: 0, data: freeForm() });
    state = await kit.call('holdings.addPosition', {
      clientId,
      version: state.version,
      data: {
        ...freeForm(),
        productId,
        name: null,
        assetClass: null,
        currency: null,
        custodian: 'sub_brokerage',
        quantity: 10.5,
        price: 100.1,
      },
    });
    state = await kit.call('holdings.setCash', {
      clientId,
      version: state.version,
      data: { currency: 'USD', custodian: 'bank', amount: 2000 },
    });
    const { valuation } = state;
    expect(state.version).toBe(3);
    expect(valuation.fxAsOf).toBe('2026-11-25');
    expect(valuation.positions[0]).toMatchObject({
      productId: null,
      name: '台積電',
      currency: 'TWD',
      riskRating: null,
      marketValue: 1_050_500,
      fxRate: 1,
      marketValueTwd: 1_050_500,
    });
    expect(valuation.positions[1]).toMatchObject({
      productId,
      productCode: 'USFUND',
      name: '商品USFUND',
      assetClass: 'dm_equity',
      currency: 'USD',
      riskRating: 4,
      custodian: 'sub_brokerage',
      marketValue: 1051.05,
      fxRate: 32.5,
      marketValueTwd: 34159.13,
    });
    expect(valuation.cash).toEqual([
      { currency: 'USD', custodian: 'bank', amount: 2000, fxRate: 32.5, amountTwd: 65000 },
    ]);
    expect(valuation.totalTwd).toBe(1_050_500 + 34159.13 + 65000);
    expect(valuation.missingRates).toEqual([]);
  });

  it('names a currency without a rate as missing and leaves it out of the total, never as 0', async () => {
    const clientId = await kit.addClient();
    await kit.call('settings.update', { fxRates: { asOf: '2026-11-25', toTwd: { USD: 32 } } });
    let state = await kit.call('holdings.addPosition', {
      clientId,
      version: 0,
      data: freeForm({ currency: 'JPY', price: 2000, quantity: 100 }),
    });
    state = await kit.call('holdings.addPosition', {
      clientId,
      version: state.version,
      data: freeForm({ quantity: 10, price: 100 }),
    });
    expect(state.valuation.positions[0]).toMatchObject({
      marketValue: 200_000,
      fxRate: null,
      marketValueTwd: null,
    });
    expect(state.valuation.totalTwd).toBe(1000);
    expect(state.valuation.missingRates).toEqual(['JPY']);
  });

  it('refuses a change made from an older version, an unknown product and an unknown client', async () => {
    const clientId = await kit.addClient();
    const state = await kit.call('holdings.addPosition', { clientId, version: 0, data: freeForm() });
    expect((await kit.fail('holdings.addPosition', { clientId, version: 0, data: freeForm() })).code).toBe(
      'CONFLICT',
    );
    const unknownProduct = { ...freeForm(), productId: '00000000-0000-4000-8000-000000000001' };
    expect(
      (await kit.fail('holdings.addPosition', { clientId, version: state.version, data: unknownProduct }))
        .code,
    ).toBe('NOT_FOUND');
    const noClient = '00000000-0000-4000-8000-000000000002';
    expect((await kit.fail('holdings.get', { clientId: noClient })).code).toBe('NOT_FOUND');
    const noCurrency = await kit.fail('holdings.addPosition', {
      clientId,
      version: state.version,
      data: freeForm({ currency: null }),
    });
    expect(noCurrency.code).toBe('VALIDATION');
    expect(JSON.stringify(noCurrency.details)).toContain('validation.holdings.currency');
    // Nothing was written by the refused calls.
    expect((await kit.call('holdings.get', { clientId })).version).toBe(1);
  });

  it('updates and deletes a position and removes cash set to 0, each audited on the client without data', async () => {
    const clientId = await kit.addClient();
    let state = await kit.call('holdings.addPosition', { clientId, version: 0, data: freeForm() });
    const id = state.valuation.positions[0]!.id;
    state = await kit.call('holdings.updatePosition', {
      clientId,
      version: state.version,
      id,
      data: freeForm({ quantity: 2 }),
    });
    expect(state.valuation.positions[0]!.marketValue).toBe(2101);
    state = await kit.call('holdings.setCash', {
      clientId,
      version: state.version,
      data: { currency: 'TWD', custodian: 'bank', amount: 5 },
    });
    state = await kit.call('holdings.setCash', {
      clientId,
      version: state.version,
      data: { currency: 'TWD', custodian: 'bank', amount: 0 },
    });
    state = await kit.call('holdings.deletePosition', { clientId, version: state.version, id });
    expect(state.valuation).toMatchObject({ positions: [], cash: [] });
    const entries = (await auditEntries()).filter((e) => e.action.startsWith('holdings.'));
    expect(entries.map((e) => e.action).sort()).toEqual([
      'holdings.add_position',
      'holdings.delete_position',
      'holdings.set_cash',
      'holdings.set_cash',
      'holdings.update_position',
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ entity: 'client', entityId: clientId, detail: null });
    }
  });
});

const HEADER = '類型,商品代號,名稱,資產類別,幣別,帳戶別,數量,價格,價格日期,金額';

describe('holdings import, all or nothing', () => {
  it('imports a CSV with zh-TW headers and words, and replaces the holdings only when confirmed', async () => {
    const clientId = await kit.addClient();
    await addProduct('USFUND');
    const csv = [
      HEADER,
      '部位,usfund,,,,複委託,"1,000",12.5,2026/11/20,',
      '部位,,台積電,台灣股票,TWD,國內證券帳戶,2000,1050,113/11/20,',
      '現金,,,,USD,銀行,,,,5萬',
      '現金,,,,TWD,bank,,,,300000',
    ].join('\n');
    const result = await kit.call('holdings.importCsv', { clientId, replace: false, csv });
    expect(result).toMatchObject({ positions: 2, cash: 2 });
    const { valuation } = result.state;
    expect(
      valuation.positions.map((p) => [p.productCode, p.name, p.custodian, p.quantity, p.priceDate]),
    ).toEqual([
      ['USFUND', '商品USFUND', 'sub_brokerage', 1000, '2026-11-20'],
      [null, '台積電', 'domestic', 2000, '2024-11-20'],
    ]);
    expect(valuation.cash.map((c) => [c.currency, c.amount])).toEqual([
      ['TWD', 300000],
      ['USD', 50000],
    ]);

    const again = await kit.fail('holdings.importCsv', {
      clientId,
      replace: false,
      csv: `${HEADER}\n現金,,,,TWD,銀行,,,,1`,
    });
    expect(again.code).toBe('CONFLICT');
    const replaced = await kit.call('holdings.importCsv', {
      clientId,
      replace: true,
      csv: `${HEADER}\n現金,,,,TWD,銀行,,,,1`,
    });
    expect(replaced.state.valuation).toMatchObject({ positions: [], cash: [{ currency: 'TWD', amount: 1 }] });
    const entry = (await auditEntries()).find((e) => e.action === 'holdings.import');
    expect(entry).toMatchObject({ entity: 'client', entityId: clientId, detail: '1 rows, csv' });
  });

  it('refuses a file with bad rows naming each row and column, and keeps the holdings as they were', async () => {
    const clientId = await kit.addClient();
    await kit.call('holdings.addPosition', { clientId, version: 0, data: freeForm() });
    const csv = [
      HEADER,
      '部位,NOPE,,,,國內,1,1,2026-11-20,',
      '部位,,某基金,台灣股票,TWD,保險箱,abc,1,2026-11-20,',
      '部位,,某基金,台灣股票,,國內,1,1,2026-11-20,',
      '現金,,,,USD,銀行,,,,',
      '部位,,某基金,台灣股票,TWD,國內,1,1,2026-02-30,',
      '部位,,好基金,台灣股票,TWD,國內,1,1,2026-11-20,',
    ].join('\n');
    const error = await kit.fail('holdings.importCsv', { clientId, replace: true, csv });
    expect(error.code).toBe('IMPORT_INVALID');
    expect((error.details as { errors: unknown[] }).errors).toEqual([
      { line: 2, field: '商品代號', message: 'import.holdings.productUnknown' },
      { line: 3, field: '帳戶別', message: 'validation.custodian' },
      { line: 3, field: '數量', message: 'validation.number' },
      { line: 4, field: '幣別', message: 'validation.holdings.currency' },
      { line: 5, field: '金額', message: 'import.holdings.cashAmount' },
      { line: 6, field: '價格日期', message: 'validation.date' },
    ]);
    const state = await kit.call('holdings.get', { clientId });
    expect(state.version).toBe(1);
    expect(state.valuation.positions.map((p) => p.name)).toEqual(['台積電']);
    expect((await auditEntries()).map((e) => e.action)).not.toContain('holdings.import');
  });

  it('refuses an unknown column and a missing 帳戶別 column in the header', async () => {
    const clientId = await kit.addClient();
    const error = await kit.fail('holdings.importCsv', { clientId, replace: false, csv: '名稱,顏色\n甲,紅' });
    expect((error.details as { errors: unknown[] }).errors).toEqual([
      { line: 1, field: '顏色', message: 'import.column.unknown' },
      { line: 1, field: '帳戶別', message: 'import.column.missing' },
    ]);
  });

  it('imports an .xlsx (numbers and dates as Excel stores them) and refuses one with a formula', async () => {
    const clientId = await kit.addClient();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('持有部位');
    sheet.addRow(['商品名稱', 'Asset class', '幣別', '帳戶', '單位數', '淨值', '淨值日期']);
    sheet.addRow([
      '美國公債ETF',
      'global_ig_bond',
      'USD',
      'trust',
      300,
      38.25,
      new Date(Date.UTC(2026, 10, 20)),
    ]);
    const xlsxBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const result = await kit.call('holdings.importXlsx', { clientId, replace: false, xlsxBase64 });
    expect(result.state.valuation.positions[0]).toMatchObject({
      name: '美國公債ETF',
      custodian: 'trust',
      quantity: 300,
      price: 38.25,
      priceDate: '2026-11-20',
      marketValue: 11475,
    });
    expect((await auditEntries()).find((e) => e.action === 'holdings.import_xlsx')?.detail).toBe(
      '1 rows, xlsx',
    );

    sheet.getCell('E2').value = { formula: 'A1*2' } as ExcelJS.CellFormulaValue;
    const bad = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const error = await kit.fail('holdings.importXlsx', { clientId, replace: true, xlsxBase64: bad });
    expect((error.details as { errors: unknown[] }).errors).toEqual([
      { line: 2, field: '數量', message: 'import.cell.formula' },
    ]);
    expect((await kit.call('holdings.get', { clientId })).valuation.positions[0]!.quantity).toBe(300);
  });

  it('exports a CSV that imports back to the same holdings', async () => {
    const clientId = await kit.addClient();
    await addProduct('USFUND');
    const csv = [
      HEADER,
      '部位,USFUND,,,,複委託,10,12.5,2026-11-20,',
      '部位,,台積電,台灣股票,TWD,國內,2,1050,2026-11-20,',
      '現金,,,,USD,銀行,,,,500',
    ].join('\n');
    const before = (await kit.call('holdings.importCsv', { clientId, replace: false, csv })).state.valuation;
    const exported = await kit.call('holdings.exportCsv', { clientId });
    expect(exported.count).toBe(3);
    expect(exported.csv.split('\r\n')[0]).toBe(`\uFEFF${HEADER}`);
    const after = (await kit.call('holdings.importCsv', { clientId, replace: true, csv: exported.csv })).state
      .valuation;
    const strip = (v: typeof before) => ({
      ...v,
      positions: v.positions.map(({ id: _id, ...rest }) => rest),
    });
    expect(strip(after)).toEqual(strip(before));
  });
});

describe('the dossier summary from holdings', () => {
  it('clients.get gives the holdings per-currency totals and their FX date; the dossier figures stand without holdings', async () => {
    const clientId = await kit.addClient({ investableAssets: [{ currency: 'TWD', amount: 10_000_000 }] });
    expect((await kit.call('clients.get', { id: clientId })).assetsFromHoldings).toBeUndefined();
    await kit.call('settings.update', { fxRates: { asOf: '2026-11-25', toTwd: { USD: 32 } } });
    const csv = [
      HEADER,
      '部位,,A,台灣股票,TWD,國內,10,100,2026-11-20,',
      '部位,,B,已開發市場股票,USD,複委託,3,10,2026-11-20,',
      '現金,,,,USD,銀行,,,,70',
      '現金,,,,TWD,銀行,,,,500',
    ].join('\n');
    await kit.call('holdings.importCsv', { clientId, replace: false, csv });
    const client = await kit.call('clients.get', { id: clientId });
    expect(client.investableAssets).toEqual([{ currency: 'TWD', amount: 10_000_000 }]);
    expect(client.assetsFromHoldings).toEqual({
      assets: [
        { currency: 'TWD', amount: 1500 },
        { currency: 'USD', amount: 100 },
      ],
      fxAsOf: '2026-11-25',
    });
  });

  it('the 客戶資料卡 PDF shows the holdings totals and says they come from holdings with the rate date', async () => {
    const clientId = await kit.addClient({ investableAssets: [{ currency: 'TWD', amount: 10_000_000 }] });
    await kit.call('settings.update', { fxRates: { asOf: '2026-11-25', toTwd: { USD: 32 } } });
    await kit.call('holdings.importCsv', {
      clientId,
      replace: false,
      csv: `${HEADER}\n現金,,,,TWD,銀行,,,,1234567`,
    });
    const { pdfBase64 } = await kit.call('clients.dossierPdf', { id: clientId });
    const dir = mkdtempSync(join(tmpdir(), 'holdings-pdf-'));
    try {
      const file = join(dir, 'dossier.pdf');
      writeFileSync(file, Buffer.from(pdfBase64, 'base64'));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('依持有部位計算');
      expect(text).toContain('2026-11-25');
      expect(text).toMatch(/123\.?\d*\s*萬/);
      expect(text).not.toContain('1,000');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
