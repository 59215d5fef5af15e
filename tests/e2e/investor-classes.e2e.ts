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

const PASSPHRASE = 'investor class passphrase 9';
const CLIENT_NAME = '錢多多';

/**
 * Investor classes on the dossier: apply, be refused activation without the evidence (in zh-TW),
 * add the evidence, activate, see the professional-investor warning, revert; and the criteria on
 * 設定. axe-core on the panel, every dialog and the settings section.
 */
describe('investor classes, end to end in Chromium through the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const panel = () => page.getByTestId('class-panel');
  const body = () => page.locator('body').innerText();

  /**
   * The app's date fields show the user's style (ROC or ISO) and are picked, not typed: every date
   * here is the browser's today, never after today in Taipei, where the core checks it.
   */
  async function pickDate(dialog: string, label: string) {
    const calendars = page.locator('.ant-picker-dropdown:visible');
    const input = page.getByTestId(dialog).getByLabel(label);
    await input.click();
    await expect.poll(() => calendars.count(), POLL).toBe(1);
    await settled();
    await calendars.locator('.ant-picker-cell-today').click();
    await expect.poll(() => input.inputValue(), POLL).not.toBe('');
    await settled();
    // A click that lands while the calendar still opens may leave it open: a click beside it closes it.
    if ((await calendars.count()) > 0) await page.getByTestId(dialog).click({ position: { x: 2, y: 2 } });
    await expect.poll(() => calendars.count(), POLL).toBe(0);
  }

  /** Waits for the opening and closing motions (antd's) to finish. */
  async function settled() {
    await page.waitForFunction(() =>
      document.getAnimations().every((a) => a.effect?.getTiming().iterations === Infinity),
    );
  }

  async function addEvidence(type: string) {
    await page.getByTestId('class-add-evidence').click();
    await expect.poll(() => page.getByTestId('class-evidence').isVisible(), POLL).toBe(true);
    await page.getByTestId('class-evidence').getByRole('radio', { name: type }).check();
    await pickDate('class-evidence', '文件日期');
    await page.getByTestId('class-evidence').getByLabel('查核人員').fill('林專員');
    await pickDate('class-evidence', '查核日');
    await page.getByTestId('class-evidence-ok').click();
    await expect.poll(() => page.getByTestId('class-evidence').count(), POLL).toBe(0);
  }

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('shows a general investor on the dossier, with an empty history', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    const clientId = await createClient(host, {
      name: CLIENT_NAME,
      nationalId: 'A123456789',
      gender: 'M',
      investableAssets: [{ currency: 'TWD', amount: 40_000_000 }],
    });
    // The list on screen was read before the client was made: open the dossier by its address.
    await page.evaluate((id) => (window.location.hash = `#/clients/${id}`), clientId);
    await expect.poll(() => page.getByTestId('class-current').innerText(), POLL).toBe('一般投資人');
    expect(await panel().innerText()).toContain('尚無分類申請');
    expect(await page.getByTestId('class-professional-warning').count()).toBe(0);
    await expectAccessible(page, 'dossier with the investor-class panel');
  });

  it('applies, refusing an empty form in zh-TW first', async () => {
    await page.getByTestId('class-apply-button').click();
    await expect.poll(() => page.getByTestId('class-apply').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'apply dialog');
    await page.getByTestId('class-apply-ok').click();
    await expect.poll(() => page.getByTestId('class-apply').innerText(), POLL).toContain('此欄位為必填');

    const dialog = page.getByTestId('class-apply');
    await dialog.getByRole('radio', { name: '專業投資人（自然人）' }).check();
    await dialog.getByRole('radio', { name: '提供財力證明（可證明資產）' }).check();
    await pickDate('class-apply', '書面申請日');
    await page.getByTestId('class-amount-provableAssetsTwd').fill('壹');
    await page.getByTestId('class-apply-ok').click();
    await expect.poll(() => dialog.innerText(), POLL).toContain('無法辨識的金額');
    await page.getByTestId('class-amount-provableAssetsTwd').fill('3200萬');
    await page.getByTestId('class-apply-ok').click();
    await expect.poll(() => page.getByTestId('class-apply').count(), POLL).toBe(0);

    await expect.poll(() => page.getByTestId('class-pending').count(), POLL).toBe(1);
    expect(await page.getByTestId('class-check-balance_certificate').getAttribute('data-done')).toBe('no');
    expect(await page.getByTestId('class-criterion-provableAssetsTwd').getAttribute('data-met')).toBe('yes');
    expect(await page.getByTestId('class-history').innerText()).toContain('審核中');
  });

  it('refuses activation without the evidence, naming each document in zh-TW', async () => {
    await page.getByTestId('class-activate-button').click();
    await expect.poll(() => page.getByTestId('class-activate').isVisible(), POLL).toBe(true);
    await pickDate('class-activate', '生效日');
    await page.getByTestId('class-activate-ok').click();
    const problems = page.getByTestId('class-activate-problems');
    await expect
      .poll(() => problems.innerText(), POLL)
      .toContain('尚缺已查核之證明文件：銀行／證券存款及資產餘額證明');
    expect(await problems.innerText()).toContain('尚缺已查核之證明文件：專業知識或交易經驗證明');
    await expectAccessible(page, 'activate dialog with its refusal');
    await page.getByRole('button', { name: /取\s*消/ }).click();
    await expect.poll(() => page.getByTestId('class-activate').count(), POLL).toBe(0);
    expect(await page.getByTestId('class-current').innerText()).toBe('一般投資人');
  });

  it('adds the evidence, by mouse and by keyboard, and the checklist fills', async () => {
    await page.getByTestId('class-add-evidence').click();
    await expect.poll(() => page.getByTestId('class-evidence').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'evidence dialog');
    await page.getByRole('button', { name: /取\s*消/ }).click();
    await addEvidence('銀行／證券存款及資產餘額證明');
    // The second by keyboard: open, choose the type with the arrow key, type the name, confirm.
    await page.getByTestId('class-add-evidence').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('class-evidence');
    await expect.poll(() => dialog.isVisible(), POLL).toBe(true);
    await dialog.getByRole('radio', { name: '銀行／證券存款及資產餘額證明' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: '專業知識或交易經驗證明' }).isChecked()).toBe(true);
    await pickDate('class-evidence', '文件日期');
    await pickDate('class-evidence', '查核日');
    await dialog.getByLabel('查核人員').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('林專員');
    await page.getByTestId('class-evidence-ok').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count(), POLL).toBe(0);
    await expect
      .poll(() => page.getByTestId('class-check-knowledge_experience_proof').getAttribute('data-done'), POLL)
      .toBe('yes');
    expect(await page.getByTestId('class-check-balance_certificate').innerText()).toContain('林專員');
  });

  it('activates, and the dossier warns that a professional investor gives up the protections', async () => {
    await page.getByTestId('class-activate-button').click();
    await pickDate('class-activate', '生效日');
    await page.getByTestId('class-activate-ok').click();
    await expect.poll(() => page.getByTestId('class-current').innerText(), POLL).toBe('專業投資人（自然人）');
    const warning = await page.getByTestId('class-professional-warning').innerText();
    expect(warning).toContain('金融消費者保護法');
    expect(warning).toContain('金融消費評議中心');
    expect(await page.getByTestId('class-pending').count()).toBe(0);
    expect(await page.getByTestId('class-history').innerText()).toContain('生效中');
    await expectAccessible(page, 'dossier with a professional investor');

    // The same warning in English.
    await page.getByTestId('language-switch').click();
    await expect
      .poll(() => page.getByTestId('class-professional-warning').innerText(), POLL)
      .toContain('Financial Consumer Protection Act');
    await expectAccessible(page, 'dossier with a professional investor (en)');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), POLL).toBe('zh-TW');
  });

  it('reverts to a general investor, keeping the record', async () => {
    await page.getByTestId('class-revert-button').click();
    await expect.poll(() => page.getByTestId('class-revert').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'revert dialog');
    await pickDate('class-revert', '恢復日');
    await page.getByTestId('class-revert-ok').click();
    await expect.poll(() => page.getByTestId('class-revert').innerText(), POLL).toContain('此欄位為必填');
    await page.getByTestId('class-reason').fill('客戶書面申請恢復');
    await page.getByTestId('class-revert-ok').click();
    await expect.poll(() => page.getByTestId('class-current').innerText(), POLL).toBe('一般投資人');
    // The class and the history are two answers, each refreshed on its own after the change.
    await expect
      .poll(() => page.getByTestId('class-history').innerText(), POLL)
      .toContain('已恢復為一般投資人');
    expect(await page.getByTestId('class-professional-warning').count()).toBe(0);
  });

  it('edits the criteria on 設定 with 萬/億, refusing what it cannot read', async () => {
    await page.getByTestId('nav-settings').click();
    const field = page.getByTestId('class-setting-professionalNatural-provableAssetsTwd');
    await expect.poll(() => field.inputValue(), POLL).toBe('30,000,000');
    await expectAccessible(page, 'settings with the investor-class criteria');
    await field.fill('三千萬');
    await page.getByTestId('class-settings-save').click();
    await expect.poll(() => page.getByTestId('class-settings').innerText(), POLL).toContain('無法辨識的金額');
    await field.fill('0.5億');
    await page.getByTestId('class-settings-save').click();
    await expect.poll(body, POLL).toContain('設定已儲存');
    const settings = (await callHost(host, 'settings.get', {})) as {
      value: { investorClasses: { professionalNatural: { provableAssetsTwd: number } } };
    };
    expect(settings.value.investorClasses.professionalNatural.provableAssetsTwd).toBe(50_000_000);
  });
});
