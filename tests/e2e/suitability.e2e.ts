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

const PASSPHRASE = 'suitability passphrase 7';
const CLIENT = { name: '簡寧', nationalId: 'F131104093', birthDate: '1952-03-08' };

/**
 * The 適合度檢核 screen and the 合規 tab of overrides awaiting approval, in zh-TW and English, with
 * axe-core and the keyboard path to the client search. The flow with KYC and the product shelf
 * (take KYC, seed the shelf, check, override) comes with those features at merge.
 */
describe('suitability screens: axe-core in both languages and the keyboard path', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let clientId = '';
  const switchLanguage = async (to: string) => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), POLL).toBe(to);
  };

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('sets up a vault with a client aged 65 or over', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    clientId = await createClient(host, CLIENT);
  });

  it('opens from the menu and picks a client with the keyboard', async () => {
    await page.getByTestId('nav-suitability').click();
    await expect.poll(() => page.getByTestId('suitability-title').innerText(), POLL).toBe('適合度檢核');
    await expectAccessible(page, 'suitability check, no client (zh-TW)');
    await page.locator('#suitability-client').focus();
    await page.keyboard.type('簡');
    await expect.poll(() => page.locator('.ant-select-item-option').count(), POLL).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url(), POLL).toContain(`client=${clientId}`);
    // 1952-03-08: 65 or over on any day this test runs.
    await expect.poll(() => page.getByTestId('suitability-elderly').isVisible(), POLL).toBe(true);
    await expect.poll(() => page.getByTestId('suitability-run').isDisabled(), POLL).toBe(true);
    await expectAccessible(page, 'suitability check with a 65+ client (zh-TW)');
    await switchLanguage('en');
    await expect
      .poll(() => page.getByTestId('suitability-title').innerText(), POLL)
      .toBe('Suitability check');
    await expectAccessible(page, 'suitability check with a 65+ client (en)');
    await switchLanguage('zh-TW');
  });

  it('shows the overrides awaiting approval as a 合規 tab', async () => {
    await page.getByTestId('nav-compliance').click();
    await page.getByRole('tab', { name: '待核准例外' }).click();
    await expect.poll(() => page.url(), POLL).toContain('tab=overrides');
    await expect.poll(() => page.getByTestId('pending-overrides').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'overrides awaiting approval (zh-TW)');
    await switchLanguage('en');
    await expectAccessible(page, 'overrides awaiting approval (en)');
    await switchLanguage('zh-TW');
  });

  it('shows the suitability rules on 設定', async () => {
    await page.getByTestId('nav-settings').click();
    await expect.poll(() => page.getByTestId('settings-suitability-save').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'settings with the suitability rules (zh-TW)');
    await switchLanguage('en');
    await expectAccessible(page, 'settings with the suitability rules (en)');
    await switchLanguage('zh-TW');
  });
});
