import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../../shared/kernel/dates';
import { expectAccessible } from './axe';
import {
  callHost,
  createClient,
  firstRunSetup,
  launchChromium,
  POLL,
  startHost,
  type RunningHost,
} from './browser-host';
import { dropdownOption } from './select';

const PASSPHRASE = 'compliance e2e passphrase 7';
const TODAY = today('Asia/Taipei');

/**
 * The compliance logs end to end: the 合規 section opens on its dashboard, whose cards open the
 * complaints, personal-data requests and shared-contact flags; a complaint logged and replied to
 * from its dialog, a copy made, a flag reviewed; each tab scanned with axe in both languages.
 */
describe('compliance logs, end to end in Chromium through the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const tab = (key: string) => page.locator(`[data-node-key="${key}"]`);
  const rows = (table: string) => page.getByTestId(table).locator('tbody tr.ant-table-row');
  const switchLanguage = async (to: string) => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), POLL).toBe(to);
  };

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('opens 合規 on the dashboard, with an overdue complaint and a pending request counted', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    const first = await createClient(host, {
      name: '王合規',
      nationalId: 'A123456789',
      phone: '0912-345-678',
    });
    await createClient(host, { name: '李同號', nationalId: 'B123456780', phone: '+886 912 345 678' });
    await callHost(host, 'complaints.add', {
      data: {
        clientId: first,
        receivedOn: addDays(TODAY, -40),
        receivedVia: 'letter',
        subject: '對帳單寄送錯誤',
        productId: null,
        details: null,
      },
    });
    await callHost(host, 'privacy.addRequest', {
      data: {
        clientId: first,
        kind: 'copy',
        receivedOn: TODAY,
        identityCheckedBy: '林專員',
        identityMethod: 'id_card',
        details: null,
      },
    });
    await page.getByTestId('nav-compliance').click();
    const complaints = page.getByTestId('dashboard-card-complaintsOpen');
    await expect.poll(() => complaints.innerText(), POLL).toContain('1 件逾回覆期限');
    expect(await page.getByTestId('dashboard-card-dataRequestsOpen').innerText()).toContain('1 件');
    expect(await page.getByTestId('dashboard-card-auditChain').innerText()).toContain('筆紀錄');
    await expectAccessible(page, '合規 dashboard (zh-TW)');
  });

  it('opens the complaints from their card, logs one from the dialog and replies to it', async () => {
    await page.getByTestId('dashboard-card-complaintsOpen').click();
    await expect.poll(() => page.url(), POLL).toContain('tab=complaints');
    await expect.poll(() => rows('complaints-table').count(), POLL).toBe(1);
    expect(await page.getByTestId('complaint-reply-due').innerText()).toContain('逾期');
    await expectAccessible(page, '合規 complaints (zh-TW)');

    await page.getByTestId('complaint-add').click();
    await expect.poll(() => page.getByTestId('complaint-subject').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'log-a-complaint dialog');
    await page.getByRole('combobox', { name: '客戶' }).fill('李同號');
    await dropdownOption(page, '李同號').first().click();
    await page.getByTestId('complaint-subject').fill('理專未說明手續費');
    await page.getByTestId('complaint-save').click();
    await expect.poll(() => rows('complaints-table').count(), POLL).toBe(2);

    const row = rows('complaints-table').filter({ hasText: '理專未說明手續費' });
    await row.getByTestId('complaint-reply').click();
    await page.getByTestId('complaint-reply-text').fill('已補充說明並致歉');
    await page.getByTestId('complaint-reply-save').click();
    await expect.poll(() => rows('complaints-table').count(), POLL).toBe(1);
  });

  it('makes the copy a request asks for, downloading the PDF, the JSON and the CSVs', async () => {
    await tab('data-requests').click();
    await expect.poll(() => rows('data-requests-table').count(), POLL).toBe(1);
    await expectAccessible(page, '合規 data requests (zh-TW)');
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.getByTestId('data-request-copy').click();
    await expect.poll(() => page.getByTestId('data-request-copy-confirm').isVisible(), POLL).toBe(true);
    await expectAccessible(page, '合規 copy package dialog (zh-TW)');
    // The national ID stays masked unless revealed here; Enter confirms.
    expect(await page.getByTestId('data-request-copy-full-id').isChecked()).toBe(false);
    await page.keyboard.press('Enter');
    // The PDF, the JSON and a CSV per section (dossier, KYC, class, holdings, goals, suitability
    // checks and overrides, proposals, complaints, requests, decks, information given, feedback,
    // escalations, pipeline, tier, activities, follow-ups and the book reports' asset records).
    await expect.poll(() => downloads.length, POLL).toBe(21);
    expect(downloads).toContain(`個資複製本_${TODAY}_個人資料.pdf`);
    expect(downloads).toContain(`個資複製本_${TODAY}_個人資料.json`);
    expect(downloads).toContain(`個資複製本_${TODAY}_持有部位.csv`);
    expect(downloads).toContain(`個資複製本_${TODAY}_投資建議書.csv`);
  });

  it("extends the request's deadline once, with the reason told to the requester", async () => {
    const row = rows('data-requests-table').first();
    await row.getByTestId('data-request-extend').click();
    await expect.poll(() => page.getByTestId('data-request-extend-reason').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'extend-a-data-request dialog');
    await page.getByTestId('data-request-extend-reason').fill('需向保管機構調閱資料');
    await page.getByTestId('data-request-extend-save').click();
    await expect.poll(() => row.getByTestId('data-request-extended').isVisible(), POLL).toBe(true);
    expect(await row.getByTestId('data-request-extended-why').innerText()).toContain('需向保管機構調閱資料');
    // 15 days for a copy, once more from the first due day.
    const listed = (await callHost(host, 'privacy.requests', {})) as { value: { dueOn: string }[] };
    expect(listed.value[0]!.dueOn).toBe(addDays(TODAY, 30));
    expect(await row.getByTestId('data-request-extend').count()).toBe(0);
  });

  it('lists the two clients sharing a phone and marks the flag reviewed with a note', async () => {
    await tab('flags').click();
    await expect.poll(() => rows('flags-table').count(), POLL).toBe(1);
    const text = await rows('flags-table').first().innerText();
    expect(text).toContain('王合規');
    expect(text).toContain('李同號');
    await expectAccessible(page, '合規 shared contacts (zh-TW)');
    await page.getByTestId('flag-review').click();
    await page.getByTestId('flag-review-note').fill('同一公司代表號，已確認無關聯');
    await page.getByTestId('flag-review-save').click();
    await expect.poll(() => rows('flags-table').count(), POLL).toBe(0);
  });

  it('passes the accessibility scan on each new tab in English', async () => {
    await switchLanguage('en');
    const tabs = {
      dashboard: 'compliance-dashboard',
      complaints: 'complaints-table',
      'data-requests': 'data-requests-table',
      flags: 'flags-table',
    };
    for (const [key, testId] of Object.entries(tabs)) {
      await tab(key).click();
      await expect.poll(() => page.getByTestId(testId).isVisible(), POLL).toBe(true);
      await expectAccessible(page, `合規 ${key} (en)`);
    }
    await switchLanguage('zh-TW');
  });
});
