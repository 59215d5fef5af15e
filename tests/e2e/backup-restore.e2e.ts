import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const PASSPHRASE = 'restore screen passphrase';
const NEW_PASSPHRASE = 'a new computer passphrase';
const OLD = { name: '歐陽備份前', nationalId: 'F131104093' };
const LATER = { name: '林備份後', nationalId: 'A123456789' };
/** Where a test's screenshots go, to be looked at by a person (not compared). */
const SHOTS = process.env.E2E_SHOTS_DIR;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The restore form (in the dialog or on the setup screen): the file and the passphrase, then Enter. */
async function checkBackup(page: Page, file: string, passphrase: string): Promise<void> {
  await page.getByTestId('restore-file').fill(file);
  await page.getByTestId('restore-passphrase').fill(passphrase);
  await page.getByTestId('restore-passphrase').press('Enter');
}

async function unlockAndList(page: Page, passphrase: string): Promise<string> {
  await page.getByTestId('unlock-passphrase').fill(passphrase);
  await page.getByTestId('unlock-passphrase').press('Enter');
  await expect.poll(() => page.getByTestId('nav-clients').isVisible(), POLL).toBe(true);
  await page.getByTestId('nav-clients').click();
  await expect.poll(() => page.getByTestId('client-row').count(), POLL).toBeGreaterThan(0);
  return page.locator('main').innerText();
}

describe('restoring a backup in the app, end to end', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let backupFile = '';
  let recoveryCode = '';
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

  it('backs up in 設定 › 備份, then the data changes', async () => {
    recoveryCode = await firstRunSetup(page, host.url, PASSPHRASE);
    await createClient(host, OLD);
    // The user's date style (ROC), which the checked backup's time is shown in.
    expect(await callHost(host, 'settings.update', { dateFormat: 'roc' })).toMatchObject({ ok: true });
    await page.reload();
    await expect.poll(() => page.getByTestId('backup-reminder-go').isVisible(), POLL).toBe(true);
    await page.getByTestId('backup-reminder-go').click();
    await page.getByTestId('backup-target').fill(usb);
    await page.getByTestId('backup-target').press('Enter');
    await expect.poll(() => readdirSync(usb).filter((n) => n.endsWith('.adbackup')).length, POLL).toBe(1);
    backupFile = join(
      usb,
      readdirSync(usb).find((n) => n.endsWith('.adbackup'))!,
    );
    await createClient(host, LATER);
  });

  it('refuses a wrong passphrase and a truncated file in the dialog, changing nothing', async () => {
    await page.getByTestId('restore-open').click();
    await expect.poll(() => page.getByTestId('restore-file').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'the restore dialog');
    await checkBackup(page, backupFile, 'not the passphrase at all');
    await expect.poll(() => page.getByTestId('restore-error').innerText(), POLL).toContain('密碼錯誤');
    await expectAccessible(page, 'the restore dialog with a refusal');

    const truncated = join(usb, 'truncated.adbackup');
    writeFileSync(truncated, readFileSync(backupFile).subarray(0, 4096));
    await checkBackup(page, truncated, PASSPHRASE);
    await expect.poll(() => page.getByTestId('restore-error').innerText(), POLL).toContain('檔案被截斷');
    await shot(page, 'restore-dialog-truncated');

    await checkBackup(page, usb, PASSPHRASE);
    await expect.poll(() => page.getByTestId('restore-error').innerText(), POLL).toContain('這是資料夾');
    expect(await page.getByTestId('restore-submit').count()).toBe(0);
    // Esc closes the dialog; the open vault is untouched.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('restore-file').count(), POLL).toBe(0);
    expect(readdirSync(join(host.dataDir)).filter((n) => n.startsWith('replaced-'))).toEqual([]);
  });

  it('checks, then restores over the open vault after a safety backup; unlocking shows the old data', async () => {
    await page.getByTestId('restore-open').click();
    await checkBackup(page, backupFile, PASSPHRASE);
    const report = page.getByTestId('restore-report');
    await expect.poll(() => report.innerText(), POLL).toContain('備份完整');
    const reportText = await report.innerText();
    expect(reportText).toMatch(/\d{3}\/\d{2}\/\d{2}/); // the date in the ROC style, as set
    expect(reportText).toMatch(/資料庫第 \d+ 版/);
    expect(reportText).toMatch(/\d+ 筆，鏈首已核對/);
    await expectAccessible(page, 'the restore dialog with a checked backup');
    await shot(page, 'restore-dialog-checked');

    await page.getByTestId('restore-passphrase').press('Enter');
    await expect.poll(() => page.getByTestId('restore-confirm-text').isVisible(), POLL).toBe(true);
    expect(await page.getByTestId('restore-confirm-text').innerText()).toContain(
      join(host.dataDir, 'backups'),
    );
    await expectAccessible(page, 'the restore confirmation');
    await shot(page, 'restore-confirm');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.getByTestId('restore-done').isVisible(), POLL).toBe(true);
    const safety = readdirSync(join(host.dataDir, 'backups')).filter((n) =>
      n.endsWith('-before-restore.adbackup'),
    );
    expect(safety).toHaveLength(1);
    expect(await page.getByTestId('restore-done').innerText()).toContain(
      join(host.dataDir, 'backups', safety[0]!),
    );
    await expectAccessible(page, 'the restore notice');
    await shot(page, 'restore-done');
    await page.getByRole('button', { name: '前往解鎖' }).click();

    await expect.poll(() => page.getByTestId('unlock-passphrase').isVisible(), POLL).toBe(true);
    const list = await unlockAndList(page, PASSPHRASE);
    expect(list).toContain(OLD.name);
    expect(list).not.toContain(LATER.name);
  });

  describe('on a new computer: the setup screen of an empty data folder', () => {
    let fresh: RunningHost;
    let newPage: Page;
    beforeAll(async () => {
      fresh = await startHost();
      newPage = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    });
    afterAll(async () => {
      await newPage?.close();
      await fresh?.stop();
    });

    it('restores with the recovery code and a new passphrase, then unlocks with it', async () => {
      await newPage.goto(fresh.url);
      await expect.poll(() => newPage.getByTestId('setup-start-restore').isVisible(), POLL).toBe(true);
      await shot(newPage, 'setup-screen');
      await newPage.getByTestId('setup-start-restore').click();
      await expect.poll(() => newPage.getByTestId('restore-file').isVisible(), POLL).toBe(true);
      await newPage.getByTestId('restore-file').fill(backupFile);
      await newPage.getByText('復原碼（並設定新密碼）').click();
      await newPage.getByTestId('restore-recovery-code').fill(recoveryCode.toLowerCase());
      await newPage.getByTestId('restore-new-passphrase').fill('short');
      await newPage.getByTestId('restore-new-confirm').fill('short');
      await newPage.getByTestId('restore-new-confirm').press('Enter');
      // The setup rules and messages: nothing is asked of the core while the form is refused.
      await expect
        .poll(() => newPage.locator('.ant-form-item-explain-error').innerText(), POLL)
        .toContain('密碼至少需要 10 個字元');
      await expectAccessible(newPage, 'the setup screen restore form');
      await shot(newPage, 'setup-restore-form');
      await newPage.getByTestId('restore-new-passphrase').fill(NEW_PASSPHRASE);
      await newPage.getByTestId('restore-new-confirm').fill(NEW_PASSPHRASE);
      await newPage.getByTestId('restore-new-confirm').press('Enter');
      await expect.poll(() => newPage.getByTestId('restore-report').isVisible(), POLL).toBe(true);
      await expectAccessible(newPage, 'the setup screen restore form with a checked backup');
      await shot(newPage, 'setup-restore-checked');
      await newPage.getByTestId('restore-submit').click();

      await expect.poll(() => newPage.getByTestId('restore-done').isVisible(), POLL).toBe(true);
      expect(await newPage.getByTestId('restore-done').innerText()).toContain('剛設定的新密碼');
      await newPage.getByRole('button', { name: '前往解鎖' }).click();
      await expect.poll(() => newPage.getByTestId('unlock-passphrase').isVisible(), POLL).toBe(true);
      const list = await unlockAndList(newPage, NEW_PASSPHRASE);
      expect(list).toContain(OLD.name);
      expect(list).not.toContain(LATER.name);
    });
  });
});
