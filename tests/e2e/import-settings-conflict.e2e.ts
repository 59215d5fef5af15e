import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import {
  callHost,
  firstRunSetup,
  launchChromium,
  POLL,
  REPO_ROOT,
  startHost,
  type RunningHost,
} from './browser-host';

const PASSPHRASE = 'another long passphrase';
const SAMPLE = readFileSync(join(REPO_ROOT, 'resources/samples/clients-sample.csv'));
// 林淑芬 is the sample's first row.
const FIRST = { name: '林淑芬', nationalId: 'A227193543', masked: 'A22****543' };

describe('CSV import, settings, reveal and edit conflicts, end to end', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const body = () => page.locator('body').innerText();

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('sets up a new vault', async () => {
    expect(await firstRunSetup(page, host.url, PASSPHRASE)).toMatch(/^[A-Z2-7-]+$/);
  });

  it('imports nothing from a file with a bad row, and shows the row error in zh-TW', async () => {
    await page.getByTestId('nav-clients').click();
    const bad = 'name,national_id\n王明,A123456789\n林芳,A123456788\n';
    await page
      .getByTestId('import-csv-input')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await expect
      .poll(() => page.getByTestId('import-errors').innerText(), POLL)
      .toContain('身分證字號檢查碼錯誤');
    expect(await page.getByTestId('import-errors').innerText()).toMatch(/\b3\s+national_id\b/);
    expect(await callHost(host, 'clients.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('imports a good file whole', async () => {
    await page.keyboard.press('Escape');
    await page
      .getByTestId('import-csv-input')
      .setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: SAMPLE });
    await expect.poll(() => page.getByTestId('client-row').count(), POLL).toBe(5);
  });

  it('shows dates in the ROC calendar once the setting says so', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-dateFormat').getByText('民國', { exact: false }).click();
    await page.getByTestId('settings-preferences-save').click();
    // Saved before leaving: until the answer comes the form is unsaved and leaving asks first.
    await expect.poll(body, POLL).toContain('設定已儲存');
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('client-search').fill(FIRST.name);
    await expect.poll(() => page.getByTestId('client-row').count(), POLL).toBe(1);
    await page.getByTestId('client-row').first().click();
    await expect.poll(body, POLL).toContain('民國 57 年 4 月 12 日');
  });

  it('reveals the full national ID on request, and the audit log says so in words', async () => {
    expect(await page.getByTestId('dossier-nationalId').innerText()).toContain(FIRST.masked);
    await page.getByTestId('reveal-national-id').click();
    await expect
      .poll(() => page.getByTestId('dossier-nationalId').innerText(), POLL)
      .toContain(FIRST.nationalId);
    await expectAccessible(page, 'dossier with the national ID revealed');
    await page.getByTestId('nav-compliance').click();
    await page.locator('[data-node-key="audit"]').click();
    await expect.poll(body, POLL).toContain('顯示完整身分證字號');
    expect(await body()).not.toContain(FIRST.nationalId);
  });

  it('keeps what the user typed when someone else saved the client first', async () => {
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('client-search').fill(FIRST.name);
    await expect.poll(() => page.getByTestId('client-row').count(), POLL).toBe(1);
    await page.getByTestId('client-row').first().click();
    await page.getByTestId('dossier-edit').click();
    await page.getByTestId('field-phone').fill('0911-222-333');

    // Another window saves the same client meanwhile.
    const id = /[0-9a-f]{8}-[0-9a-f-]{27}/.exec(page.url())![0];
    const client = (await callHost(host, 'clients.get', { id })) as {
      value: Record<string, unknown> & { version: number };
    };
    const {
      id: _id,
      nationalIdMasked: _m,
      version,
      createdAt: _c,
      updatedAt: _u,
      household: _h,
      ...data
    } = client.value;
    const saved = await callHost(host, 'clients.update', {
      id,
      version,
      data: { ...data, household: [], notes: '另一個視窗的修改' },
    });
    expect(saved).toMatchObject({ ok: true });

    await page.getByTestId('save-client').click();
    await expect.poll(() => page.getByTestId('conflict-alert').isVisible(), POLL).toBe(true);
    expect(await page.getByTestId('field-phone').inputValue()).toBe('0911-222-333');
    await expectAccessible(page, 'edit form with a conflict');
  });

  it('asks before leaving the edit with the unsaved typing, in the app and on reload', async () => {
    await page.getByTestId('nav-clients').click();
    await expect.poll(() => page.getByTestId('leave-stay').isVisible(), POLL).toBe(true);
    expect(await body()).toContain('尚未儲存，確定要離開嗎？');
    await page.getByTestId('leave-stay').click();
    expect(page.url()).toMatch(/#\/clients\/[0-9a-f-]+\/edit$/);
    expect(await page.getByTestId('field-phone').inputValue()).toBe('0911-222-333');

    // Reloading the tab gets the browser's own prompt; accepting it reloads.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      }),
    );
    await page.reload();
    expect(await asked).toBe('beforeunload');
    await expect.poll(() => page.getByTestId('field-phone').inputValue(), POLL).not.toBe('0911-222-333');
  });

  it('switches to English and keeps the choice after a reload', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('nav-clients').innerText(), POLL).toBe('Clients');
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-clients').innerText(), POLL).toBe('Clients');
  });
});
