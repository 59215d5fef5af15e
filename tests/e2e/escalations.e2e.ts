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
import { dropdownOption } from './select';

const PASSPHRASE = 'escalations e2e passphrase 3';

/**
 * 回饋與通報 end to end: an anomaly escalated from its dialog, an action recorded until it is
 * resolved, an overdue one counted on the compliance dashboard, feedback logged under tags and
 * counted in the analysis tab; every tab and dialog scanned with axe.
 */
describe('feedback and escalations, end to end in Chromium through the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const rows = (table: string) => page.getByTestId(table).locator('tbody tr.ant-table-row');
  const tab = (key: string) => page.locator(`[data-node-key="${key}"]`);
  const pickClient = async (name: string) => {
    await page.getByRole('combobox', { name: '客戶' }).fill(name);
    await dropdownOption(page, name).first().click();
  };

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('counts an overdue escalation on the compliance dashboard and opens the list from the card', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    const clientId = await createClient(host, { name: '王通報', nationalId: 'A123456789' });
    await createClient(host, { name: '李回饋', nationalId: 'B123456780' });
    // Noticed two days ago and critical (4 hours): overdue now.
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString();
    await callHost(host, 'escalations.raise', {
      data: {
        clientId,
        kind: 'misappropriation',
        severity: 'critical',
        raisedAt: twoDaysAgo,
        description: '帳戶出現非本人授權的轉出',
        toldWhom: '法遵主管',
        toldAt: twoDaysAgo,
      },
    });
    await page.reload();
    await page.getByTestId('nav-compliance').click();
    const card = page.getByTestId('dashboard-card-escalationsOpen');
    await expect.poll(() => card.innerText(), POLL).toContain('1 件逾時');
    await card.click();
    await expect.poll(() => page.url(), POLL).toContain('/escalations');
    await expect.poll(() => rows('escalations-table').count(), POLL).toBe(1);
    expect(await page.getByTestId('escalation-due').innerText()).toContain('逾時');
    await expectAccessible(page, '異常通報 list');
  });

  it('escalates an anomaly from the dialog, then records actions until it is resolved', async () => {
    await page.getByTestId('escalation-raise').click();
    await expect.poll(() => page.getByTestId('escalation-description').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'escalation dialog');
    // Nothing typed: the dialog says what is missing and saves nothing.
    await page.getByTestId('escalation-save').click();
    await expect.poll(() => page.getByText('請說明異常情形').isVisible(), POLL).toBe(true);
    await pickClient('李回饋');
    await page.getByTestId('escalation-description').fill('客戶要求將贖回款匯入第三人帳戶');
    await page.getByTestId('escalation-told').fill('陳經理');
    await page.getByTestId('escalation-save').click();
    await expect.poll(() => rows('escalations-table').count(), POLL).toBe(2);

    const row = rows('escalations-table').filter({ hasText: '第三人帳戶' });
    await row.getByTestId('escalation-act').click();
    await expectAccessible(page, 'escalation action dialog');
    await page.getByTestId('escalation-act-text').fill('已暫停匯款並通知法遵');
    await page.getByTestId('escalation-act-save').click();
    await expect.poll(() => row.innerText(), POLL).toContain('已暫停匯款並通知法遵');
    expect(await row.innerText()).toContain('處理中');

    await row.getByTestId('escalation-act').click();
    await page.getByTestId('escalation-act-text').fill('客戶確認為本人，撤回要求');
    await page.getByTestId('escalation-act-state').click();
    await dropdownOption(page, '已解決').click();
    await page.getByTestId('escalation-act-save').click();
    // The open list keeps only the overdue one.
    await expect.poll(() => rows('escalations-table').count(), POLL).toBe(1);
    const audit = (await callHost(host, 'audit.list', {})) as { value: { items: { action: string }[] } };
    expect(audit.value.items.filter((x) => x.action === 'escalation.act')).toHaveLength(2);
  });

  it('logs feedback under tags and counts it in the analysis tab', async () => {
    await tab('feedback').click();
    await page.getByTestId('feedback-add').click();
    await expect.poll(() => page.getByTestId('feedback-summary').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'feedback dialog');
    await pickClient('李回饋');
    await page.getByTestId('feedback-tags').click();
    await dropdownOption(page, '匯率').click();
    await page.keyboard.press('Escape');
    await page.getByTestId('feedback-summary').fill('擔心新臺幣升值');
    await page.getByTestId('feedback-save').click();
    await expect.poll(() => rows('feedback-table').count(), POLL).toBe(1);
    await expectAccessible(page, '客戶回饋 list');

    await tab('report').click();
    await expect.poll(() => page.getByTestId('feedback-report-count').innerText(), POLL).toContain('1');
    const fx = rows('feedback-report').filter({ hasText: '匯率' });
    expect(await fx.innerText()).toContain('1');
    await expectAccessible(page, '回饋分析');
  });
});
