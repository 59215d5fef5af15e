import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstRunSetup, launchChromium, POLL, startHost, type RunningHost } from './browser-host';

const PASSPHRASE = 'correct horse battery 42';
// Valid check digit; a two-character name, as is common in Taiwan.
const CLIENT = { name: '簡寧', nationalId: 'F131104093', phone: '0933-123-456' };

describe('client dossier, end to end in Chromium through the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let downloads: string;

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 860 }, acceptDownloads: true });
    downloads = mkdtempSync(join(tmpdir(), 'advisordesk-dl-'));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('first-run setup shows the recovery code once and opens the app', async () => {
    const code = await firstRunSetup(page, host.url, PASSPHRASE);
    expect(code.replace(/[^A-Z0-9]/g, '').length).toBeGreaterThanOrEqual(20);
    // The token left the address bar once read.
    expect(page.url()).not.toContain('token=');
  });

  it('tells a tab opened without the launch token how to get a fresh link, with no retry', async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(host.url.replace(/#token=.*$/, ''));
      await expect.poll(() => tab.getByTestId('launch-link-help').isVisible(), POLL).toBe(true);
      const text = await tab.locator('body').innerText();
      expect(text).toContain('npm run web');
      expect(text).toContain('#token=');
      expect(await tab.getByRole('button', { name: /重\s*試/ }).count()).toBe(0);
    } finally {
      await tab.close();
    }
  });

  it('adds a client', async () => {
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('new-client-button').click();
    await page.getByTestId('field-name').fill(CLIENT.name);
    await page.getByTestId('field-nationalId').fill(CLIENT.nationalId);
    await page.getByTestId('field-phone').fill(CLIENT.phone);
    await page.getByTestId('save-client').click();
    await expect.poll(() => page.getByTestId('dossier-name').innerText(), POLL).toContain(CLIENT.name);
    const body = await page.locator('body').innerText();
    expect(body).toContain('F13****093');
    expect(body).not.toContain(CLIENT.nationalId);
  });

  it('refuses a wrong check digit with a zh-TW message', async () => {
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('new-client-button').click();
    await page.getByTestId('field-name').fill('測試');
    await page.getByTestId('field-nationalId').fill('F131104094');
    await page.getByTestId('save-client').click();
    await expect.poll(() => page.locator('body').innerText(), POLL).toContain('身分證字號檢查碼錯誤');
    // The refused form holds unsaved typing: leaving asks first.
    await page.getByTestId('nav-clients').click();
    await expect.poll(() => page.getByTestId('leave-confirm').isVisible(), POLL).toBe(true);
    await page.getByTestId('leave-confirm').click();
    await expect.poll(() => page.getByTestId('client-search').isVisible(), POLL).toBe(true);
  });

  it('finds the client by a two-character fragment and by one character', async () => {
    await page.getByTestId('nav-clients').click();
    for (const fragment of ['簡寧', '寧']) {
      await page.getByTestId('client-search').fill(fragment);
      await expect.poll(() => page.getByTestId('client-row').count(), POLL).toBe(1);
      expect(await page.getByTestId('client-row').first().innerText()).toContain(CLIENT.name);
    }
  });

  it('edits the client', async () => {
    await page.getByTestId('client-row').first().click();
    await page.getByTestId('dossier-edit').click();
    await page.getByTestId('field-phone').fill('0955-000-111');
    await page.getByTestId('save-client').click();
    await expect.poll(() => page.locator('body').innerText(), POLL).toContain('0955-000-111');
  });

  it('locks, refuses a wrong passphrase, unlocks, and the data is still there', async () => {
    await page.getByTestId('lock-button').click();
    await expect.poll(() => page.getByTestId('unlock-passphrase').isVisible(), POLL).toBe(true);
    expect(await page.locator('body').innerText()).not.toContain(CLIENT.name);

    await page.getByTestId('unlock-passphrase').fill('not the passphrase');
    await page.getByTestId('unlock-submit').click();
    await expect.poll(() => page.locator('body').innerText(), POLL).toContain('密碼錯誤');

    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('client-search').fill('簡寧');
    await expect.poll(() => page.getByTestId('client-row').count(), POLL).toBe(1);
  });

  it('saves the dossier PDF, with the Chinese text and the masked ID in it', async () => {
    await page.getByTestId('client-row').first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('dossier-pdf').click(),
    ]);
    const file = join(downloads, 'dossier.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('客戶資料卡');
    expect(text).toContain(CLIENT.name);
    expect(text).toContain('F13****093');
    expect(text).not.toContain(CLIENT.nationalId);
    execFileSync('qpdf', ['--check', file]);
  });
});
