import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import {
  createClient,
  firstRunSetup,
  launchChromium,
  POLL,
  startHost,
  type RunningHost,
} from './browser-host';

const PASSPHRASE = 'audit chain passphrase 9';
const CLIENT = { name: '歐陽刪除', nationalId: 'F131104093', phone: '0933-222-111' };

describe('client deletion and the audit chain, end to end', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let downloads: string;
  const body = () => page.locator('body').innerText();

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 860 }, acceptDownloads: true });
    downloads = mkdtempSync(join(tmpdir(), 'advisordesk-chain-dl-'));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('deletes a client from the dossier with the name typed again; the list shows a tombstone', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    await createClient(host, CLIENT);
    // Made behind the page's back: reload, or a list fetched before it (the landing page) stays empty.
    await page.reload();
    await page.getByTestId('nav-clients').click();
    await expect.poll(() => page.getByTestId('client-row').count(), POLL).toBe(1);
    await page.getByTestId('client-row').first().click();
    await expect.poll(() => page.getByTestId('dossier-name').innerText(), POLL).toContain(CLIENT.name);

    await page.getByTestId('client-delete').click();
    await expect.poll(() => page.getByTestId('client-delete-reason').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'client deletion dialog');
    await page.getByTestId('client-delete-reason').fill('當事人請求刪除');
    await page.getByTestId('client-delete-name').fill('別人');
    expect(await page.getByTestId('client-delete-confirm').isDisabled()).toBe(true);
    // Keyboard only: type the name, then Tab to the confirming button and press Enter.
    await page.getByTestId('client-delete-name').fill(CLIENT.name);
    await page.getByTestId('client-delete-name').press('Tab');
    await page.getByTestId('client-delete-name').press('Tab');
    await page.getByTestId('client-delete-confirm').focus();
    await page.keyboard.press('Enter');
    await expect.poll(body, POLL).toContain('已刪除個人資料；法定紀錄保存至');
    await expect.poll(() => page.getByTestId('dossier-name').innerText(), POLL).toContain('已刪除客戶');
    expect(await page.getByTestId('dossier-edit').count()).toBe(0);

    await page.getByTestId('nav-clients').click();
    await expect.poll(() => page.getByTestId('client-row').first().innerText(), POLL).toContain('已刪除客戶');
    const row = await page.getByTestId('client-row').first().innerText();
    expect(row).not.toContain(CLIENT.name);
    expect(row).not.toContain(CLIENT.phone);
  });

  it('checks the audit chain and exports its head on the compliance screen', async () => {
    await page.getByTestId('nav-compliance').click();
    // 合規 opens on its dashboard: the chain check is on the audit tab.
    await page.locator('[data-node-key="audit"]').click();
    await expect.poll(body, POLL).toContain('刪除客戶');
    await page.getByTestId('audit-chain-verify').click();
    await expect.poll(() => page.getByTestId('audit-chain-ok').isVisible(), POLL).toBe(true);
    expect(await page.getByTestId('audit-chain-ok').innerText()).toMatch(/稽核鏈完整：\d+ 筆/);
    await expectAccessible(page, 'compliance audit tab with the chain check');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-head-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^稽核鏈頭_\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(downloads, 'head.json');
    await download.saveAs(file);
    const head = JSON.parse(readFileSync(file, 'utf8')) as { format: string; count: number; hash: string };
    expect(head.format).toBe('advisordesk-audit-head');
    expect(head.hash).toMatch(/^[0-9a-f]{64}$/);
    // The export is itself on the trail.
    await expect.poll(body, POLL).toContain('匯出稽核鏈頭');
  });
});
