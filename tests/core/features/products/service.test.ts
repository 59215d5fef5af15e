import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../electron/core/app';
import type { Database } from '../../../../electron/core/db';
import { translateValidation } from '../../../../shared/i18n/messages';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import { HEADER, csvRow, productInput } from './fixtures';

const PASSPHRASE = 'a long enough passphrase';

let dir: string;
let core: Core;
let clock: number;

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await core.invoke(channel, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

async function failure<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ErrorInfo> {
  const result = await core.invoke(channel, input);
  if (result.ok) throw new Error(`${channel} succeeded`);
  return result.error;
}

async function auditActions(): Promise<string[]> {
  const page = await call('audit.list', { limit: 100 });
  return page.items.map((entry) => entry.action);
}

beforeEach(async () => {
  dir = makeTempDataDir();
  clock = Date.parse('2026-11-25T09:00:00Z');
  core = createCore({ dataDir: dir, now: () => clock, checkOutputs: true, logError: () => undefined });
  await call('vault.setup', { passphrase: PASSPHRASE });
  await call('settings.update', { advisorName: '林顧問' });
});
afterEach(() => {
  core.close();
  removeTempDataDir(dir);
});

describe('products over a real encrypted vault', () => {
  it('creates a draft, updates it with its version, and refuses a stale version', async () => {
    const created = await call('products.create', { data: productInput() });
    expect(created).toMatchObject({ code: 'TEST01', state: 'draft', version: 1, isDemo: false });
    expect(created.riskDisclosureBlocks).toEqual(['基金不受存款保險保障。', '以往績效不保證未來收益。']);
    clock += 60_000;
    const updated = await call('products.update', {
      id: created.id,
      version: 1,
      data: productInput({ riskRating: 5, fees: { ...productInput().fees, managementPercent: 1.2 } }),
    });
    expect(updated).toMatchObject({ riskRating: 5, version: 2, updatedAt: new Date(clock).toISOString() });
    expect(updated.fees.managementPercent).toBe(1.2);
    expect(
      (await failure('products.update', { id: created.id, version: 1, data: productInput() })).code,
    ).toBe('CONFLICT');
    expect(await call('products.get', { id: created.id })).toEqual(updated);
  });

  it('refuses a firm RR below the issuer RR at the boundary, naming both in zh-TW', async () => {
    const error = await failure('products.create', {
      data: productInput({ issuerRiskRating: 3, riskRating: 2 }),
    });
    expect(error.code).toBe('VALIDATION');
    const issue = (error.details as { issues: { path: string[]; message: string }[] }).issues[0]!;
    expect(issue.path).toEqual(['data', 'riskRating']);
    expect(translateValidation(issue.message, 'zh-TW')).toBe('公司風險等級 RR2 不得低於發行機構評等 RR3');
    // Equal ratings are allowed.
    await call('products.create', { data: productInput({ issuerRiskRating: 3, riskRating: 3 }) });
  });

  it('refuses a second product with the same code, whatever its case', async () => {
    await call('products.create', { data: productInput({ code: 'ABC1' }) });
    const error = await failure('products.create', { data: productInput({ code: 'abc1' }) });
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toEqual({
      issues: [{ path: ['data', 'code'], message: 'validation.productCode.taken' }],
    });
    expect((await call('products.list', {})).total).toBe(1);
  });

  it('keeps a KYP notes log: creation, each change naming its fields, state changes and remarks', async () => {
    const created = await call('products.create', { data: productInput() });
    clock += 1000;
    await call('products.update', {
      id: created.id,
      version: 1,
      data: productInput({ nameZh: '新名稱', fees: { ...productInput().fees, custodyPercent: 0.1 } }),
    });
    clock += 1000;
    // Saving the same data again is no change and leaves no note.
    await call('products.update', {
      id: created.id,
      version: 2,
      data: productInput({ nameZh: '新名稱', fees: { ...productInput().fees, custodyPercent: 0.1 } }),
    });
    const approved = await call('products.setState', { id: created.id, version: 3, state: 'approved' });
    expect(approved).toMatchObject({ state: 'approved', stateChangedBy: '林顧問' });
    expect(approved.stateChangedAt).toBe(new Date(clock).toISOString());
    await call('products.addNote', { productId: created.id, text: '發行機構更新公開說明書' });
    const { items } = await call('products.listNotes', { productId: created.id });
    expect(items.map((n) => [n.kind, n.fields, n.fromState, n.toState, n.text, n.author])).toEqual([
      ['note', [], null, null, '發行機構更新公開說明書', '林顧問'],
      ['state', [], 'draft', 'approved', null, '林顧問'],
      ['changed', ['nameZh', 'custodyPercent'], null, null, null, '林顧問'],
      ['created', [], null, 'draft', null, '林顧問'],
    ]);
    expect((await failure('products.addNote', { productId: created.id, text: '   ' })).code).toBe(
      'VALIDATION',
    );
    const actions = await auditActions();
    for (const action of ['product.create', 'product.update', 'product.set_state', 'product.note']) {
      expect(actions).toContain(action);
    }
  });

  it('finds products by id for suitability, in order, and names a missing one', async () => {
    const { ProductsService } = await import('../../../../electron/core/features/products');
    expect(typeof ProductsService.prototype.byIds).toBe('function');
    const a = await call('products.create', { data: productInput({ code: 'A1' }) });
    const b = await call('products.create', { data: productInput({ code: 'B1' }) });
    const missing = '00000000-0000-4000-8000-000000000000';
    // Through a service made the way app.ts makes it.
    const { createProductsService } = await import('../../../../electron/core/features/products');
    const service = createProductsService({
      perDatabase:
        <T>(make: (db: Database) => T) =>
        () =>
          make(core.session.database()),
      settings: () => ({ advisorName: '' }),
      nowIso: () => new Date(clock).toISOString(),
    } as never);
    expect(service.byIds([b.id, a.id]).map((p) => p.code)).toEqual(['B1', 'A1']);
    expect(() => service.byIds([a.id, missing])).toThrow(missing);
  });

  it('lists the shelf filtered by text, RR, type, currency, asset class and state', async () => {
    expect(await call('products.seedDemo', {})).toEqual({ added: 60, skipped: 0 });
    const all = await call('products.list', {});
    expect(all.total).toBe(60);
    const rr2 = await call('products.list', { riskRating: 2 });
    expect(rr2.items.length).toBeGreaterThan(0);
    expect(rr2.items.every((p) => p.riskRating === 2)).toBe(true);
    const usd = await call('products.list', { currency: 'USD', type: 'stock_foreign' });
    expect(usd.items.map((p) => p.code).sort()).toEqual(['AAPL', 'BRK.B', 'JNJ', 'KO', 'MSFT', 'NVDA']);
    // The note linked to TSMC's ADR names it too.
    expect((await call('products.list', { text: '台積電' })).items.map((p) => p.code)).toEqual([
      '2330',
      'SN-USD-2602',
    ]);
    expect((await call('products.list', { text: 'nvidia' })).items.map((p) => p.code)).toEqual(['NVDA']);
    expect((await call('products.list', { state: 'withdrawn' })).items.map((p) => p.code)).toEqual([
      'HC-REIT-AD',
    ]);
    expect(
      (await call('products.list', { assetClass: 'gold' })).items.every((p) => p.assetClass === 'gold'),
    ).toBe(true);
  });

  it('seeds the demo shelf once: realistic, marked as demo, and never over a code already on the shelf', async () => {
    await call('products.create', { data: productInput({ code: '2330' }) });
    expect(await call('products.seedDemo', {})).toEqual({ added: 59, skipped: 1 });
    expect(await call('products.seedDemo', {})).toEqual({ added: 0, skipped: 60 });
    const { items } = await call('products.list', {});
    expect(items.filter((p) => p.isDemo)).toHaveLength(59);
    expect(items.find((p) => p.code === '2330')!.isDemo).toBe(false);
    const types = new Set(items.map((p) => p.type));
    expect(types.size).toBe(8);
    expect(items.filter((p) => p.type === 'structured_note').every((p) => p.isComplex)).toBe(true);
    expect(items.every((p) => p.riskRating >= p.issuerRiskRating)).toBe(true);
    expect(await auditActions()).toContain('product.seed_demo');
  });
});

describe('product import, all or nothing', () => {
  it('imports a good CSV with RR written either way and labels for the codes', async () => {
    const csv = [
      HEADER,
      csvRow({ code: 'F001' }),
      csvRow({
        code: 'F002',
        issuer_rr: '2',
        rr: 'rr4',
        type: '境外基金',
        currency: 'usd',
        asset_class: '黃金',
        is_foreign: '是',
        state: '',
      }),
    ].join('\n');
    expect(await call('products.importCsv', { csv })).toEqual({ imported: 2 });
    const { items } = await call('products.list', {});
    expect(
      items.map((p) => [
        p.code,
        p.issuerRiskRating,
        p.riskRating,
        p.type,
        p.currency,
        p.assetClass,
        p.isForeign,
        p.state,
      ]),
    ).toEqual([
      ['F001', 3, 3, 'fund_domestic', 'TWD', 'tw_equity', false, 'approved'],
      ['F002', 2, 4, 'fund_offshore', 'USD', 'gold', true, 'draft'],
    ]);
    const approved = await call('products.get', { id: items[0]!.id });
    expect(approved.stateChangedBy).toBe('林顧問');
    const notes = await call('products.listNotes', { productId: approved.id });
    expect(notes.items.map((n) => n.kind)).toEqual(['imported']);
  });

  it('refuses a CSV with RR0, RR6, a firm RR below the issuer, an unknown currency and formula cells, importing nothing', async () => {
    const csv = [
      HEADER,
      csvRow({ code: 'OK1' }),
      csvRow({ code: 'BAD1', rr: 'RR0' }),
      csvRow({ code: 'BAD2', issuer_rr: 'RR6', rr: 'RR6' }),
      csvRow({ code: 'BAD3', issuer_rr: 'RR3', rr: 'RR2' }),
      csvRow({ code: 'BAD4', currency: 'XYZ' }),
      csvRow({ code: 'BAD5', name_zh: '=SUM(A1:A3)', management_percent: '+1+2' }),
      csvRow({ code: 'OK1' }),
    ].join('\n');
    const error = await failure('products.importCsv', { csv });
    expect(error.code).toBe('IMPORT_INVALID');
    const { errors } = error.details as { errors: { line: number; field: string; message: string }[] };
    expect(errors).toEqual([
      { line: 3, field: 'rr', message: 'validation.riskRating' },
      { line: 4, field: 'issuer_rr', message: 'validation.riskRating' },
      { line: 4, field: 'rr', message: 'validation.riskRating' },
      { line: 5, field: 'rr', message: 'validation.riskRating.belowIssuer.2.3' },
      { line: 6, field: 'currency', message: 'validation.currency' },
      { line: 7, field: 'name_zh', message: 'import.cell.formula' },
      { line: 7, field: 'management_percent', message: 'import.cell.formula' },
      { line: 8, field: 'code', message: 'import.product.codeDuplicate' },
    ]);
    expect(translateValidation(errors[3]!.message, 'zh-TW')).toBe(
      '公司風險等級 RR2 不得低於發行機構評等 RR3',
    );
    expect((await call('products.list', {})).total).toBe(0);
    expect(await auditActions()).not.toContain('product.import');
  });

  it('refuses an .xlsx with formula cells and bad ratings, importing nothing; a good one imports in one go', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('商品');
    const header = HEADER.split(',');
    sheet.addRow(header);
    const row = (o: Record<string, string>) => csvRow(o).split(',');
    sheet.addRow(row({ code: 'X1' }));
    sheet.addRow(row({ code: 'X2', rr: 'RR6' }));
    sheet.addRow(row({ code: 'X3', currency: 'BTC' }));
    const formulaRow = sheet.addRow(row({ code: 'X4' }));
    formulaRow.getCell(header.indexOf('issuer') + 1).value = { formula: 'A1&"投信"', result: 'x' } as never;
    sheet.addRow(row({ code: 'X5', issuer_rr: 'RR5', rr: 'RR4' }));
    const bad = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const error = await failure('products.importXlsx', { xlsxBase64: bad });
    expect(error.code).toBe('IMPORT_INVALID');
    expect((error.details as { errors: unknown[] }).errors).toEqual([
      { line: 3, field: 'rr', message: 'validation.riskRating' },
      { line: 4, field: 'currency', message: 'validation.currency' },
      { line: 5, field: 'issuer', message: 'import.cell.formula' },
      { line: 6, field: 'rr', message: 'validation.riskRating.belowIssuer.4.5' },
    ]);
    expect((await call('products.list', {})).total).toBe(0);

    const good = new ExcelJS.Workbook();
    const goodSheet = good.addWorksheet('商品');
    goodSheet.addRow(header);
    goodSheet.addRow(row({ code: 'X1' }));
    // Excel keeps numbers and dates as such: a rating typed as 3 and a real date cell.
    const typed = goodSheet.addRow(row({ code: 'X2' }));
    typed.getCell(header.indexOf('rr') + 1).value = 4;
    typed.getCell(header.indexOf('launch_date') + 1).value = new Date(Date.UTC(2022, 4, 3));
    const imported = await call('products.importXlsx', {
      xlsxBase64: Buffer.from(await good.xlsx.writeBuffer()).toString('base64'),
    });
    expect(imported).toEqual({ imported: 2 });
    const x2 = (await call('products.list', { text: 'X2' })).items[0]!;
    expect(await call('products.get', { id: x2.id })).toMatchObject({
      riskRating: 4,
      launchDate: '2022-05-03',
    });
    expect(await auditActions()).toContain('product.import_xlsx');
  });

  it('refuses a file that is not an Excel workbook', async () => {
    const error = await failure('products.importXlsx', {
      xlsxBase64: Buffer.from('not a zip').toString('base64'),
    });
    expect(error.code).toBe('IMPORT_INVALID');
    expect((error.details as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'import.xlsx.invalid',
    );
  });
});

describe('product export round trip', () => {
  it('exports the demo shelf as CSV and as Excel, each importing back to the same products', async () => {
    await call('products.seedDemo', {});
    const formulaLike = await call('products.create', {
      data: productInput({ code: 'FORM1', nameZh: '=1+1 不是公式', maxLossStatement: '-30% 以內' }),
    });
    const original = await Promise.all(
      (await call('products.list', {})).items.map((p) => call('products.get', { id: p.id })),
    );
    const csv = await call('products.exportCsv', {});
    const xlsx = await call('products.exportXlsx', {});
    expect(csv.count).toBe(61);
    expect(xlsx.count).toBe(61);
    expect(csv.csv).toContain("'=1+1 不是公式");
    expect(formulaLike.nameZh).toBe('=1+1 不是公式');

    const comparable = (products: typeof original) =>
      products
        .map(
          ({
            id: _id,
            isDemo: _d,
            version: _v,
            createdAt: _c,
            updatedAt: _u,
            stateChangedAt: _a,
            stateChangedBy: _b,
            ...rest
          }) => rest,
        )
        .sort((a, b) => a.code.localeCompare(b.code));
    for (const file of [
      { channel: 'products.importCsv' as const, input: { csv: csv.csv } },
      { channel: 'products.importXlsx' as const, input: { xlsxBase64: xlsx.xlsxBase64 } },
    ]) {
      core.close();
      removeTempDataDir(dir);
      dir = makeTempDataDir();
      core = createCore({ dataDir: dir, now: () => clock, checkOutputs: true, logError: () => undefined });
      await call('vault.setup', { passphrase: PASSPHRASE });
      const result = await core.invoke(file.channel, file.input as never);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      const back = await Promise.all(
        (await call('products.list', {})).items.map((p) => call('products.get', { id: p.id })),
      );
      expect(comparable(back)).toEqual(comparable(original));
    }
  });
});
