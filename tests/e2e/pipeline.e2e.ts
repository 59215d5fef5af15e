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

const PASSPHRASE = 'pipeline e2e passphrase 5';
const TODAY = today('Asia/Taipei');

/**
 * 開發進度 end to end: a prospect added from its dialog and moved to an opened account, another
 * lost with its reason; the opened count, the funnel and the by-source table follow; axe scans.
 */
describe('the prospect pipeline, end to end in Chromium through the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const rows = (table: string) => page.getByTestId(table).locator('tbody tr.ant-table-row');
  const chooseStage = async (words: string) => {
    await page.getByTestId('pipeline-stage').click();
    await dropdownOption(page, words).click();
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

  it('adds a prospect from the dialog and moves it to an opened account', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    await createClient(host, {
      name: '陳潛在',
      nationalId: 'A123456789',
      status: 'prospect',
      acquisitionSource: 'seminar',
    });
    const lostId = await createClient(host, { name: '林未成', nationalId: 'B123456780', status: 'prospect' });
    await callHost(host, 'pipeline.move', {
      data: { clientId: lostId, stage: 'lead', on: addDays(TODAY, -3), lostReason: null },
    });
    await page.reload();
    await page.getByTestId('nav-pipeline').click();
    await expect.poll(() => rows('pipeline-table').count(), POLL).toBe(1);
    await expectAccessible(page, '開發進度');

    await page.getByTestId('pipeline-add').click();
    await expect.poll(() => page.getByTestId('pipeline-stage').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'add-a-prospect dialog');
    await page.getByRole('combobox', { name: '開發對象' }).fill('陳潛在');
    await dropdownOption(page, '陳潛在').first().click();
    await page.getByTestId('pipeline-move-save').click();
    await expect.poll(() => rows('pipeline-table').count(), POLL).toBe(2);

    const row = rows('pipeline-table').filter({ hasText: '陳潛在' });
    await row.getByTestId('pipeline-move').click();
    await chooseStage('已開戶');
    await page.getByTestId('pipeline-move-save').click();
    await expect.poll(() => rows('pipeline-table').count(), POLL).toBe(1);
    await expect
      .poll(() => page.getByTestId('pipeline-opened').innerText(), POLL)
      .toMatch(/本期開戶[\s\S]*1[\s\S]*目標 4 戶/);
    expect(await page.getByTestId('pipeline-funnel').innerHTML()).toContain('已開戶');
    expect(await rows('pipeline-by-source').filter({ hasText: '說明會' }).innerText()).toContain('100%');
  });

  it('asks why a prospect was lost before it moves it', async () => {
    await rows('pipeline-table').filter({ hasText: '林未成' }).getByTestId('pipeline-move').click();
    await chooseStage('未成交');
    await page.getByTestId('pipeline-move-save').click();
    await expect.poll(() => page.getByText('請填寫未成交原因').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'move dialog with its error');
    await page.getByTestId('pipeline-lost-reason').fill('已有往來券商');
    await page.getByTestId('pipeline-move-save').click();
    await expect.poll(() => rows('pipeline-table').count(), POLL).toBe(0);
    await page.getByText('全部', { exact: true }).click();
    await expect.poll(() => rows('pipeline-table').count(), POLL).toBe(2);
    expect(await rows('pipeline-table').filter({ hasText: '林未成' }).innerText()).toContain('已有往來券商');
  });
});
