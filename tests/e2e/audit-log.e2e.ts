import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstRunSetup, launchChromium, POLL, startHost, type RunningHost } from './browser-host';
import { dropdownOption } from './select';

const PASSPHRASE = 'audit trail passphrase 7';
const ADVISOR = '陳志明';
const OS_USER = userInfo().username;
// Valid check digits.
const REVEALED = { name: '簡寧', nationalId: 'F131104093' };
const OTHER = { name: '林淑芬', nationalId: 'A227193543' };
const FAILED_UNLOCK = '解鎖失敗';

/** Today's calendar day in Taipei, as the export's file name and the date filter read it. */
function taipeiToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei' }).format(new Date());
}

describe('the audit log, end to end: words, names, actor, filters and CSV export', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let downloads: string;
  const body = () => page.locator('body').innerText();
  const rows = () => page.getByTestId('audit-row');
  const rowTexts = () => rows().allInnerTexts();

  async function addClient(client: { name: string; nationalId: string }) {
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('new-client-button').click();
    await page.getByTestId('field-name').fill(client.name);
    await page.getByTestId('field-nationalId').fill(client.nationalId);
    await page.getByTestId('save-client').click();
    await expect.poll(() => page.getByTestId('dossier-name').innerText(), POLL).toContain(client.name);
  }

  async function pickOption(text: string) {
    await dropdownOption(page, text).first().click();
  }

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 860 }, acceptDownloads: true });
    downloads = mkdtempSync(join(tmpdir(), 'advisordesk-audit-dl-'));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('sets up a vault and names the advisor', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-advisorName').fill(ADVISOR);
    await page.getByTestId('settings-advisor-save').click();
    await expect.poll(body, POLL).toContain('設定已儲存');
  });

  it('adds two clients and reveals one national ID', async () => {
    await addClient(OTHER);
    await addClient(REVEALED);
    await page.getByTestId('reveal-national-id').click();
    await expect
      .poll(() => page.getByTestId('dossier-nationalId').innerText(), POLL)
      .toContain(REVEALED.nationalId);
  });

  it('locks, fails an unlock and unlocks', async () => {
    await page.getByTestId('lock-button').click();
    await expect.poll(() => page.getByTestId('unlock-passphrase').isVisible(), POLL).toBe(true);
    await page.getByTestId('unlock-passphrase').fill('not the passphrase');
    await page.getByTestId('unlock-submit').click();
    await expect.poll(body, POLL).toContain('密碼錯誤');
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await page.getByTestId('unlock-submit').click();
    await expect.poll(() => page.getByTestId('nav-compliance').isVisible(), POLL).toBe(true);
  });

  it('shows the trail in words, with the client by name and the actor', async () => {
    await page.getByTestId('nav-compliance').click();
    await page.locator('[data-node-key="audit"]').click();
    await expect.poll(body, POLL).toContain('顯示完整身分證字號');
    const reveal = (await rowTexts()).find((row) => row.includes('顯示完整身分證字號'));
    expect(reveal).toContain(REVEALED.name);
    expect(reveal).toContain(`${ADVISOR}（${OS_USER}）`);
    const all = await rowTexts();
    expect(all.some((row) => row.includes(`${FAILED_UNLOCK}（密碼或復原碼錯誤）\t資料庫`))).toBe(true);
    expect(all.some((row) => /\t鎖定\t資料庫\t/.test(row))).toBe(true);
    expect(all.some((row) => row.includes('以密碼解鎖\t資料庫'))).toBe(true);
    expect(all.some((row) => row.includes('修改設定\t設定\t—\t顧問姓名'))).toBe(true);
    const text = await body();
    // No internal codes or English words for objects and details; no national ID.
    expect(text).not.toMatch(/\b(client|settings|vault|advisorName)\b/);
    expect(text).not.toContain(REVEALED.nationalId);
    await page.screenshot({
      path: process.env.AUDIT_SCREENSHOT ?? join(downloads, 'audit.png'),
      fullPage: true,
    });
  });

  it('opens the dossier from the client name', async () => {
    const row = rows().filter({ hasText: '顯示完整身分證字號' }).first();
    await row.getByTestId('audit-client-link').click();
    await expect.poll(() => page.getByTestId('dossier-name').innerText(), POLL).toContain(REVEALED.name);
    await page.getByTestId('nav-compliance').click();
    await page.locator('[data-node-key="audit"]').click();
    await expect.poll(() => rows().count(), POLL).toBeGreaterThan(5);
  });

  it('filters by action', async () => {
    // The option list is virtual: type to bring the option into view, as a user would.
    await page.getByTestId('audit-filter-action').locator('input').fill(FAILED_UNLOCK);
    await pickOption(FAILED_UNLOCK);
    await expect.poll(() => rows().count(), POLL).toBe(1);
    expect((await rowTexts())[0]).toContain(FAILED_UNLOCK);
    await page.getByTestId('audit-filter-clear').click();
    await expect.poll(() => rows().count(), POLL).toBeGreaterThan(5);
  });

  it('filters by client, and by Taipei calendar day', async () => {
    await page.getByTestId('audit-filter-client').locator('input').fill(REVEALED.name);
    await pickOption(REVEALED.name);
    // Created and revealed: only this client's rows.
    await expect.poll(() => rows().count(), POLL).toBe(2);
    for (const row of await rowTexts()) {
      expect(row).toContain(REVEALED.name);
      expect(row).not.toContain(OTHER.name);
    }

    const today = taipeiToday();
    const start = page.getByTestId('audit-filters').locator('.ant-picker-input input').first();
    await start.click();
    await start.fill('2020-01-01');
    await start.press('Enter');
    const end = page.getByTestId('audit-filters').locator('.ant-picker-input input').nth(1);
    await end.fill('2020-01-02');
    await end.press('Enter');
    await expect.poll(body, POLL).toContain('暫無資料');
    await start.click();
    await start.fill(today);
    await start.press('Enter');
    await end.fill(today);
    await end.press('Enter');
    await expect.poll(() => rows().count(), POLL).toBe(2);
  });

  it('exports the filtered rows as CSV, in words', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`稽核軌跡_${taipeiToday()}.csv`);
    const file = join(downloads, 'audit.csv');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('時間,時間 (UTC),動作,動作代碼,對象,識別碼,客戶,說明,顧問,電腦使用者');
    expect(lines).toHaveLength(3);
    const reveal = lines.find((line) => line.includes('client.reveal_national_id'));
    expect(reveal).toContain(`,顯示完整身分證字號,client.reveal_national_id,客戶,`);
    expect(reveal).toContain(`,${REVEALED.name},`);
    expect(reveal).toMatch(new RegExp(`,${ADVISOR},${OS_USER}$`));
    expect(lines.join('\n')).not.toContain(REVEALED.nationalId);
    expect(lines.join('\n')).not.toContain(OTHER.name);
  });
});
