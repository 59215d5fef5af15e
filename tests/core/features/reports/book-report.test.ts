import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z'); // 2026-11-30 in Taipei
const PERIOD = { from: '2026-10-01', to: '2026-11-30' }; // 61 days

const twd = (amount: number) => [{ currency: 'TWD' as const, amount }];

async function activity(clientId: string, activity: Record<string, unknown>, followUps: unknown[] = []) {
  await kit.call('activities.add', { clientId, activity, followUps } as never);
}

/**
 * A hand-built book: two 頂級 clients (one contacted twice, one once), a dormant 貴賓 contacted
 * once, a 一般 client not contacted with an overdue follow-up, and a prospect who opened an account.
 */
async function book() {
  const a = await kit.addClient({ name: '甲頂級', investableAssets: twd(40_000_000) });
  const b = await kit.addClient({ name: '乙頂級', investableAssets: twd(35_000_000) });
  const c = await kit.addClient({ name: '丙貴賓', investableAssets: twd(12_000_000), status: 'dormant' });
  const d = await kit.addClient({ name: '丁一般', investableAssets: twd(1_000_000) });
  const e = await kit.addClient({ name: '戊潛在', investableAssets: twd(500_000), status: 'prospect' });
  const phone = (date: string) => ({
    kind: 'contact',
    date,
    channel: 'phone',
    direction: 'out',
    subject: '近況問候',
  });
  await activity(a, phone('2026-09-01')); // before the period
  await activity(a, phone('2026-10-05'));
  await activity(a, { kind: 'visit', date: '2026-11-10', discussed: '檢視投資組合' });
  await activity(b, { kind: 'interview', date: '2026-11-20', satisfaction: 4 });
  await activity(c, { kind: 'interview', date: '2026-10-15', satisfaction: 2 });
  await activity(d, phone('2026-09-20'), [{ title: '寄送基金資料', dueOn: '2026-11-25' }]);
  await kit.call('pipeline.move', {
    data: { clientId: e, stage: 'lead', on: '2026-10-01', lostReason: null },
  });
  await kit.call('pipeline.move', {
    data: { clientId: e, stage: 'account_opened', on: '2026-11-05', lostReason: null },
  });
  const twoDaysAgo = '2026-11-28T02:00:00Z';
  await kit.call('escalations.raise', {
    data: {
      clientId: b,
      kind: 'complaint_brewing',
      severity: 'critical',
      raisedAt: twoDaysAgo,
      description: '客戶對手續費不滿',
      toldWhom: '主管',
      toldAt: twoDaysAgo,
    },
  });
  await kit.call('tiers.recompute', {});
  return { a, b, c, d, e };
}

describe('the relationship report (O1.2.1)', () => {
  it('counts a hand-built book by tier and status, contacts against the service plans, satisfaction, accounts, follow-ups and escalations', async () => {
    const { b, d, e } = await book();
    const report = await kit.call('book.report', PERIOD);
    const line = (key: string) => report.byTier.find((l) => l.tierKey === key)!;
    expect(report.byTier.map((l) => l.tierKey)).toEqual(['top', 'vip', 'general']);
    expect(line('top')).toMatchObject({
      clients: 2,
      assetsTwd: 75_000_000,
      contacts: 3,
      visits: 1,
      planMet: 1,
      planMissed: 1,
    });
    expect(line('top').byStatus).toMatchObject({ active: 2, dormant: 0 });
    expect(line('vip')).toMatchObject({ clients: 1, contacts: 1, planMet: 1, planMissed: 0 });
    expect(line('vip').byStatus.dormant).toBe(1);
    // The prospect has no plan: neither met nor missed.
    expect(line('general')).toMatchObject({
      clients: 2,
      assetsTwd: 1_500_000,
      contacts: 0,
      planMet: 0,
      planMissed: 1,
    });
    expect(report.totals).toMatchObject({
      clients: 5,
      assetsTwd: 88_500_000,
      contacts: 4,
      planMet: 2,
      planMissed: 2,
    });

    const row = (id: string) => report.clients.find((r) => r.clientId === id)!;
    expect(row(b)).toMatchObject({
      contactsRequired: 2,
      contacts: 1,
      planMet: false,
      satisfaction: 4,
      openEscalations: 1,
    });
    expect(row(d)).toMatchObject({
      contactsRequired: 1,
      planMet: false,
      lastContact: '2026-09-20',
      openFollowUps: 1,
      overdueFollowUps: 1,
    });
    expect(row(e)).toMatchObject({ contactsRequired: null, planMet: null });
    expect(report.satisfaction).toEqual({ interviews: 2, average: 3, byScore: [0, 1, 0, 1, 0] });
    // 4 a month over 61 days.
    expect(report.accounts).toEqual({ opened: 1, target: 8 });
    expect(report.followUps).toEqual({ open: 1, overdue: 1 });
    expect(report.escalations).toEqual({ open: 1, overdue: 1 });
    expect(report.assets).toEqual({ now: 88_500_000, atStart: null, startOn: null });

    const one = await kit.call('book.report', { ...PERIOD, clientId: b });
    expect(one.clients).toHaveLength(1);
    expect([one.totals.clients, one.accounts, one.escalations.open]).toEqual([1, null, 1]);
  });

  it('writes the PDF with every font embedded, the CSV and the Excel file; the export records the assets for the next period', async () => {
    await book();
    const pdf = await kit.call('book.reportFile', { query: PERIOD, format: 'pdf', language: 'zh-TW' });
    expect(pdf.fileName).toBe('客戶經營管理報表_2026-10-01_2026-11-30.pdf');
    const dir = mkdtempSync(join(tmpdir(), 'book-report-'));
    try {
      const file = join(dir, 'report.pdf');
      writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
      execFileSync('qpdf', ['--check', file]);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const words of [
        '客戶經營管理報表',
        '各等級客戶與服務計畫',
        '頂級',
        '未達服務計畫的客戶',
        '乙頂級',
        '丁一般',
        '3.0',
      ]) {
        expect(text, words).toContain(words);
      }
      expect(text).toMatch(/本期開戶／目標\s+1 ?\/ ?8/);
      // Every header of the tier table on one line (潛在客戶 once wrapped to two).
      expect(text).toMatch(/等級\s+客戶數\s+潛在客戶\s+往來中\s+靜止戶\s+已結清\s+資產/);
      expect(text).not.toContain('甲頂級'); // met its plan: not among the missed
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter(Boolean);
      expect(fonts.every((line) => / yes /.test(line))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const csv = Buffer.from(
      (await kit.call('book.reportFile', { query: PERIOD, format: 'csv', language: 'zh-TW' })).base64,
      'base64',
    ).toString('utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      '客戶,等級,客戶狀態,資產,接觸次數,拜訪次數,應接觸次數,服務計畫,最近接觸,滿意度,未完成待辦,逾期待辦,未解決通報',
    );
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.startsWith('乙頂級'))).toContain(',1,0,2,未達成,');

    const xlsx = await kit.call('book.reportFile', { query: PERIOD, format: 'xlsx', language: 'en' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(8).value).toBe('Service plan');
    expect(sheet.rowCount).toBe(6);

    const next = await kit.call('book.report', { from: '2026-12-01', to: '2026-12-31' });
    expect(next.assets).toEqual({ now: 88_500_000, atStart: 88_500_000, startOn: '2026-11-30' });
    const audit = (await kit.call('audit.list', {})).items.filter((x) => x.action === 'book.report_export');
    expect(audit.map((x) => x.detail)).toEqual(['xlsx, book', 'csv, book', 'pdf, book']);
  });

  it('refuses a period that ends before it starts, and an unknown client', async () => {
    expect((await kit.fail('book.report', { from: '2026-11-30', to: '2026-11-01' })).code).toBe('VALIDATION');
    const unknown = await kit.fail('book.report', {
      ...PERIOD,
      clientId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.code).toBe('NOT_FOUND');
  });
});
