import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { callHost, firstRunSetup, launchChromium, POLL, startHost, type RunningHost } from './browser-host';
import { dropdownOption } from './select';

const PASSPHRASE = 'backup screen passphrase';

describe('the backup card and reminder, end to end', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const usb = mkdtempSync(join(tmpdir(), 'advisordesk-usb-'));

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    rmSync(usb, { recursive: true, force: true });
  });

  it('reminds on every page while there is no backup', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    await expect.poll(() => page.getByTestId('backup-reminder').innerText(), POLL).toContain('尚未備份資料');
    await expectAccessible(page, 'the backup reminder');
  });

  it('立即備份 to a chosen folder from the keyboard: one encrypted file, the reminder gone', async () => {
    await page.getByTestId('backup-reminder-go').click();
    await expect.poll(() => page.getByTestId('backup-last').innerText(), POLL).toBe('尚未備份');
    await expectAccessible(page, 'settings with the backup card');
    await page.getByTestId('backup-target').fill(usb);
    await page.getByTestId('backup-target').press('Enter');
    await expect.poll(() => page.getByTestId('backup-last').innerText(), POLL).toContain('今天');
    expect(readdirSync(usb).filter((n) => n.endsWith('.adbackup'))).toHaveLength(1);
    await expect.poll(() => page.getByTestId('backup-reminder').count(), POLL).toBe(0);
  });

  it('refuses a folder that does not exist, in zh-TW', async () => {
    await page.getByTestId('backup-target').fill(join(usb, 'not-plugged-in'));
    await page.getByTestId('backup-now').click();
    await expect.poll(() => page.locator('.ant-message').innerText(), POLL).toContain('隨身碟是否已插上');
  });

  it('saves the schedule and rotation settings', async () => {
    await page.getByTestId('backup-schedule').click();
    await dropdownOption(page, '每週').first().click();
    await expect.poll(() => page.getByTestId('backup-schedule').innerText(), POLL).toContain('每週');
    await page.getByTestId('backup-keep-daily').fill('10');
    await page.getByTestId('backup-settings-save').click();
    await expect
      .poll(
        async () =>
          ((await callHost(host, 'settings.get', {})) as { value: { backup: unknown } }).value.backup,
        POLL,
      )
      .toMatchObject({ schedule: 'weekly', keep: { daily: 10, weekly: 4, monthly: 12 }, reminderDays: 7 });
    expect(await page.getByTestId('backup-restore-steps').innerText()).toContain('backup restore');
  });
});
