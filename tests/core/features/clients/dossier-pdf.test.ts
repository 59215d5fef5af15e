import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../../shared/features/clients/schema';
import { CURRENCIES } from '../../../../shared/features/clients/schema';
import { CLIENT_FIELDS } from '../../../../shared/features/clients/fields';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/features/settings/schema';
import { createDocumentRenderer } from '../../../../electron/core/documents/renderer';
import {
  createDossierRenderer,
  type DossierPdfInput,
} from '../../../../electron/core/features/clients/dossier-pdf';
import { FONTS_DIR, FULL_NATIONAL_ID, sampleClient, settingsWithLogo } from '../../documents/fixtures';
import { pdfFonts, pdfImages, pdfInfo, pdfText, qpdfCheck, tableRows } from '../../documents/pdf-tools';

const GENERATED_AT = new Date('2026-11-25T01:30:00Z');
// The paper uses the screens' words: every field's registry label (the creation time is not printed).
const FIELD_LABELS = CLIENT_FIELDS.filter((field) => field.key !== 'createdAt').map((f) => f.label['zh-TW']);
const LABELS = ['客戶資料卡', '機密', ...FIELD_LABELS];

const renderer = createDossierRenderer(createDocumentRenderer({ fontsDir: FONTS_DIR }));
let dir: string;

async function renderToFile(
  name: string,
  client: Client,
  settings: Settings,
  more: Partial<DossierPdfInput> = {},
): Promise<string> {
  const input: DossierPdfInput = {
    client,
    settings,
    fxRates: settings.fxRates,
    generatedAt: GENERATED_AT,
    ...more,
  };
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderer.renderClientDossier(input));
  return file;
}

/** The longest values the client schema accepts, in every field that has a limit. */
function clientAtEveryLimit(): Client {
  const base = sampleClient();
  return sampleClient({
    name: '歐陽'.repeat(25),
    address: '臺北市信義區松仁路一段'.repeat(19).slice(0, 200),
    occupation: '顧問'.repeat(30),
    employer: '國際投資控股股份有限公司'.repeat(9).slice(0, 100),
    sourceOfWealth: '繼承祖產、經營事業與不動產處分所得'.repeat(12).slice(0, 200),
    advisor: '陳'.repeat(50),
    tags: Array.from({ length: 20 }, (_, i) => `標籤${i + 1}號長長長長長長長長長長長長`.slice(0, 20)),
    notes: '客戶近期計畫出售名下商辦並移居海外，需評估資產配置與稅務影響。'.repeat(130).slice(0, 4000),
    household: Array.from({ length: 20 }, (_, i) => ({
      ...base.household[0]!,
      name: `家人第${i + 1}位`,
      relation: 'other' as const,
    })),
    investableAssets: CURRENCIES.map((currency, i) => ({ currency, amount: 9_000_000_000_000 / (i + 1) })),
  });
}

let sample: string;
let roc: string;
let limits: string;
let plain: string;
let english: string;
let early: string;
let dawn: string;
let noUsdRate: string;
let noNationalId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'advisordesk-pdf-'));
  sample = await renderToFile('sample', sampleClient(), settingsWithLogo);
  roc = await renderToFile('roc', sampleClient(), { ...settingsWithLogo, dateFormat: 'roc' });
  limits = await renderToFile('limits', clientAtEveryLimit(), settingsWithLogo);
  plain = await renderToFile(
    'plain',
    sampleClient({ investableAssets: [], household: [], notes: null, tags: [], phone: null }),
    DEFAULT_SETTINGS,
  );
  english = await renderToFile(
    'english',
    sampleClient(),
    { ...settingsWithLogo, dateFormat: 'roc' },
    {
      language: 'en',
    },
  );
  // 01:30 on 25 November in Taipei, still the 24th in UTC; the data was saved at 07:10 on the 20th.
  early = await renderToFile(
    'early',
    sampleClient({ updatedAt: '2026-11-19T23:10:00.000Z' }),
    settingsWithLogo,
    { generatedAt: new Date('2026-11-24T17:30:00Z') },
  );
  // 00:30 and 07:10 in Taipei on 30 November are still 29 November in UTC.
  dawn = await renderToFile(
    'dawn',
    sampleClient({ updatedAt: '2026-11-29T16:30:00.000Z' }),
    settingsWithLogo,
    { generatedAt: new Date('2026-11-29T23:10:00Z') },
  );
  noNationalId = await renderToFile(
    'no-national-id',
    sampleClient({ nationalIdMasked: '', status: 'prospect' }),
    DEFAULT_SETTINGS,
  );
  const { USD: _usd, ...otherRates } = settingsWithLogo.fxRates.toTwd;
  noUsdRate = await renderToFile('no-usd-rate', sampleClient(), {
    ...settingsWithLogo,
    fxRates: { ...settingsWithLogo.fxRates, toTwd: otherRates },
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('client dossier PDF', () => {
  it('gives back the Chinese labels, the name and the masked national ID as text', () => {
    const text = pdfText(sample);
    for (const label of LABELS) expect(text).toContain(label);
    expect(text).toContain('王美玲');
    expect(text).toContain('北辰證券 財富管理部');
    expect(text).toMatch(/A12\*{4}789/);
    expect(text).not.toContain(FULL_NATIONAL_ID);
    // Units without ".00" and foreign amounts without empty decimals.
    expect(text).toContain('NT$7,281 萬');
    expect(text).not.toMatch(/\.00 萬/);
    expect(text).toContain('USD 850,000');
    expect(text).toContain('林建宏（配偶）');
  });

  it('says 未提供 for a prospect on file without a national ID', () => {
    const text = pdfText(noNationalId);
    expect(text.match(/身分證字號\s+未提供/g)).toHaveLength(2);
  });

  it('embeds its fonts as subset CID fonts and uses no other font', () => {
    const rows = tableRows(pdfFonts(sample));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+NotoSansHant/);
      expect(row).toMatch(/CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
    }
  });

  it('passes qpdf --check and has exactly one A4 page', () => {
    for (const file of [sample, roc, limits, plain, english, early]) {
      expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
      const info = pdfInfo(file);
      expect(info.Pages).toBe('1');
      expect(info['Page size']).toContain('595.28 x 841.89');
    }
  });

  it('names the document in zh-TW metadata, dated when generated, without the national ID', () => {
    const info = pdfInfo(sample);
    expect(info.Title).toBe('客戶資料卡－王美玲');
    expect(info.Author).toBe('北辰證券 財富管理部');
    expect(info.CreationDate).toBe('2026-11-25T01:30:00Z');
    const metadata = Object.values(info).join('\n');
    expect(metadata).not.toContain(FULL_NATIONAL_ID);
    expect(metadata).not.toContain('A12****789');
  });

  it('draws the chart as vectors: its labels are text and the logo is the only image', () => {
    const text = pdfText(sample);
    for (const label of ['資產幣別分布', 'TWD', 'USD', 'JPY', 'AUD', '57.7%', '35.7%']) {
      expect(text).toContain(label);
    }
    expect(text).toContain('匯率基準日：2026-11-02');
    const images = tableRows(pdfImages(sample));
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^\s*1\s+0\s+image\s+600\s+240\b/);
    expect(tableRows(pdfImages(plain))).toHaveLength(0);
  });

  it('writes dates in the ROC calendar when the setting says so', () => {
    const text = pdfText(roc);
    expect(text).toContain('民國 57 年 4 月 12 日');
    expect(text).toContain('匯率基準日：民國 115 年 11 月 2 日');
    expect(text).toContain('產製時間：民國 115 年 11 月 25 日');
    expect(pdfText(sample)).not.toContain('民國');
  });

  it('dates 更新時間 and 產製時間 by the calendar day in Taipei, also between 00:00 and 08:00', () => {
    const text = pdfText(dawn);
    expect(text).toContain('更新時間：2026-11-30');
    expect(text).toContain('產製時間：2026-11-30 07:10');
  });

  it('says a total is incomplete when a rate is missing, and leaves that currency out of the chart', () => {
    const text = pdfText(noUsdRate);
    expect(text).toMatch(/NT\$[\d,.]+ 萬（缺 USD 匯率）/);
    expect(text).toContain('缺匯率');
    expect(text).toContain('USD 850,000');
  });

  it('stays on one page with every field at its longest, cutting the notes short', () => {
    const text = pdfText(limits);
    expect(text).toContain('以下省略');
    expect(text).toContain('第 1 頁／共 1 頁');
    expect(text).toContain('機密文件');
  });

  it('shows a dash for what is missing and a firm without a logo', () => {
    const text = pdfText(plain);
    expect(text).toContain('AdvisorDesk 證券');
    expect(text).toContain('無資產資料');
    // No assets is "—", not NT$0.
    expect(text).not.toContain('NT$0');
    expect(text).toMatch(/可投資資產（新臺幣約當）\s+—/);
  });

  it('dates the footer and 更新時間 with the calendar day in Taipei, also before 08:00', () => {
    const text = pdfText(early);
    expect(text).toContain('產製時間：2026-11-25 01:30');
    expect(text).toContain('更新時間：2026-11-20');
  });

  it('speaks English when asked: labels, enums, ISO dates, Page 1 of 1 and lang en', () => {
    const text = pdfText(english);
    for (const label of [
      'Client dossier',
      'Basic data',
      'National ID',
      'Date of birth',
      'Household',
      'Notes',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('Female');
    expect(text).toContain('林建宏 (Spouse)');
    expect(text).toContain('1968-04-12 (age 58)');
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain('Exchange rates as of 2026-11-02');
    expect(text).not.toContain('民國');
    expect(text).not.toContain('客戶資料卡');
    expect(pdfInfo(english).Title).toBe('Client dossier – 王美玲');
    expect(readFileSync(english, 'latin1')).toContain('/Lang (en)');
  });
});
