import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callHost,
  createClient,
  firstRunSetup,
  launchChromium,
  POLL,
  REPO_ROOT,
  startHost,
  type RunningHost,
} from './browser-host';

const PASSPHRASE = 'book flow passphrase 2026';
/** The book was tiered 200 days ago: 一般's contact every 180 days is 20 days late today. */
const SHIFT_MS = -200 * 24 * 3600 * 1000;
const SUBJECT = '年底配息通知';

/**
 * The advisor's morning in one flow (issue 12): 今日 lists a client whose contact is late; the
 * call is logged from the client list with the keyboard alone; 今日 no longer lists the client;
 * the relationship report counts the call and downloads as a PDF whose text reads back.
 */
describe('the client book in one flow: overdue on 今日, a call logged from the list, the report', () => {
  let host: RunningHost & { pid: number };
  let browser: Browser;
  let page: Page;
  let downloads: string;

  beforeAll(async () => {
    host = await startHost({
      preload: [join(REPO_ROOT, 'tests/e2e/shifted-clock.cjs')],
      env: { SHIFTED_CLOCK_MS: String(SHIFT_MS) },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 860 }, acceptDownloads: true });
    downloads = mkdtempSync(join(tmpdir(), 'advisordesk-book-flow-'));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('moves the client out of the overdue list once a call is logged from the list, and reports it', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    await createClient(host, {
      name: '周一般',
      nationalId: 'A123456789',
      status: 'active',
      investableAssets: [{ currency: 'TWD', amount: 3_000_000 }],
    });
    expect(await callHost(host, 'tiers.recompute', {})).toMatchObject({ ok: true, value: { clients: 1 } });
    // Back to the real day, 200 days after the tiering: a jump the idle timer may take for 200 days
    // without use. A call counts as use; if the timer locked first, unlock again.
    process.kill(host.pid, 'SIGUSR2');
    await expect
      .poll(async () => {
        const used = (await callHost(host, 'clients.list', {})) as { ok: boolean };
        if (!used.ok) await callHost(host, 'vault.unlock', { passphrase: PASSPHRASE });
        return used.ok;
      }, POLL)
      .toBe(true);
    await page.reload();
    const overdue = page.getByTestId('home-overdue');
    await expect.poll(() => overdue.innerText(), POLL).toContain('周一般');
    expect(await overdue.innerText()).toMatch(/聯繫\s*逾期 20 天/);

    await page.getByTestId('nav-clients').click();
    await expect.poll(() => page.getByTestId('client-row').count(), POLL).toBe(1);
    await page.getByTestId('client-row').first().locator('a').focus();
    await page.keyboard.press('l');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL)
      .toBe('activity-subject');
    await page.keyboard.type(SUBJECT);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('activity-form').count(), POLL).toBe(0);

    await page.getByTestId('nav-today').click();
    await expect.poll(() => overdue.innerText(), POLL).not.toContain('周一般');

    await page.getByTestId('nav-reports').click();
    await expect.poll(() => page.getByTestId('book-by-tier').innerText(), POLL).toContain('一般');
    const download = page.waitForEvent('download');
    await page.getByTestId('book-export-pdf').click();
    const file = join(downloads, 'book.pdf');
    await (await download).saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('客戶經營管理報表');
    // 一般: one client, active, NT$300 萬, one contact and no visit in the period: the plan is met.
    expect(text).toMatch(/一般\s+1\s+0\s+1\s+0\s+0\s+NT\$300 萬\s+1\s+0\s+1\s+0/);
  });
});
