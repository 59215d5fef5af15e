import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalIdCheckDigit } from '../../shared/features/clients';
import { expectAccessible } from './axe';
import { launchChromium, POLL, REPO_ROOT, startHost, type RunningHost } from './browser-host';

const PASSPHRASE = 'accessible passphrase 7';
const SAMPLE = readFileSync(join(REPO_ROOT, 'resources/samples/clients-sample.csv'));
const BAD_CSV = Buffer.from('name,national_id\n王明,A123456789\n林芳,A123456788\n');
const LANGUAGES = [
  { code: 'zh-TW', clientsNav: '客戶', client: '周若晴', idPrefix: 'E22345678' },
  { code: 'en', clientsNav: 'Clients', client: '許文彥', idPrefix: 'H12345678' },
] as const;

/** One client's CSV, with a valid national ID built from its first nine characters. */
function oneClientCsv(name: string, idPrefix: string): Buffer {
  return Buffer.from(`name,national_id\n${name},${idPrefix}${nationalIdCheckDigit(idPrefix)}\n`);
}

/**
 * Walks every screen in zh-TW and in English and runs axe-core on each: no serious or critical
 * violation (colour contrast, labels, names, landmarks) on any of them.
 */
describe('accessibility: axe-core on every screen, in zh-TW and English', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const nav = async (section: string) => {
    await page.getByTestId(`nav-${section}`).click();
    await expect.poll(() => page.url(), POLL).toContain(`#/${section}`);
  };
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

  it('the page opened without the launch token', async () => {
    const tokenless = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await tokenless.goto(new URL(host.url).origin + '/');
    await expect.poll(() => tokenless.getByTestId('launch-link-help').count(), POLL).toBe(1);
    await expectAccessible(tokenless, 'no-token page');
    await tokenless.close();
  });

  it('setup and the recovery-code step, in both languages', async () => {
    await page.goto(host.url);
    await expect.poll(() => page.getByTestId('setup-passphrase').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'setup (zh-TW)');
    await switchLanguage('en');
    await expectAccessible(page, 'setup (en)');
    await switchLanguage('zh-TW');

    await page.getByTestId('setup-passphrase').fill(PASSPHRASE);
    await page.getByTestId('setup-confirm').fill('a different one');
    await page.getByTestId('setup-submit').click();
    await expect.poll(() => page.locator('.ant-form-item-explain-error').count(), POLL).toBe(1);
    await expectAccessible(page, 'setup with a validation error');
    await page.getByTestId('setup-confirm').fill(PASSPHRASE);
    await page.getByTestId('setup-submit').click();

    await expect.poll(() => page.getByTestId('recovery-code').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'recovery-code step (zh-TW)');
    await switchLanguage('en');
    await expectAccessible(page, 'recovery-code step (en)');
    await switchLanguage('zh-TW');
    await page.getByTestId('recovery-ack').check();
    await page.getByTestId('recovery-continue').click();
    await expect.poll(() => page.getByTestId('nav-clients').isVisible(), POLL).toBe(true);
  });

  for (const language of LANGUAGES) {
    describe(`in ${language.code}`, () => {
      it('switches to the language', async () => {
        if ((await page.locator('html').getAttribute('lang')) !== language.code) {
          await switchLanguage(language.code);
        }
        await expect.poll(() => page.getByTestId('nav-clients').innerText(), POLL).toBe(language.clientsNav);
      });

      it('the empty client list', async () => {
        await nav('clients');
        await page.getByTestId('client-search').fill('無此客戶');
        await expect.poll(() => page.locator('.ant-empty').count(), POLL).toBe(1);
        await expectAccessible(page, `empty client list (${language.code})`);
        await page.getByTestId('client-search').fill('');
      });

      it('the new-client form, blank and with errors', async () => {
        await page.getByTestId('new-client-button').click();
        await expect.poll(() => page.getByTestId('client-form').isVisible(), POLL).toBe(true);
        await expectAccessible(page, `new-client form (${language.code})`);
        await page.getByTestId('save-client').click();
        await expect
          .poll(() => page.locator('.ant-form-item-explain-error').count(), POLL)
          .toBeGreaterThan(0);
        await expectAccessible(page, `new-client form with errors (${language.code})`);
      });

      it('the dossier and the edit form', async () => {
        await page.getByTestId('field-name').fill(language.client);
        const id = `${language.idPrefix}${nationalIdCheckDigit(language.idPrefix)}`;
        await page.getByTestId('field-nationalId').fill(id);
        await page.getByTestId('save-client').click();
        await expect.poll(() => page.getByTestId('dossier-name').innerText(), POLL).toBe(language.client);
        await expectAccessible(page, `dossier (${language.code})`);
        await page.getByTestId('dossier-edit').click();
        await expect.poll(() => page.getByTestId('client-form').isVisible(), POLL).toBe(true);
        await expectAccessible(page, `edit form (${language.code})`);
        await page.getByTestId('cancel-client').click();
      });

      it('the import errors and the import result', async () => {
        await nav('clients');
        await page
          .getByTestId('import-csv-input')
          .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: BAD_CSV });
        await expect.poll(() => page.getByTestId('import-errors').isVisible(), POLL).toBe(true);
        await expectAccessible(page, `import errors (${language.code})`);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByTestId('import-errors').isVisible(), POLL).toBe(false);

        const good = language.code === 'zh-TW' ? SAMPLE : oneClientCsv('鄭家豪', 'P12345678');
        await page
          .getByTestId('import-csv-input')
          .setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: good });
        await expect.poll(() => page.locator('.ant-message-success').count(), POLL).toBe(1);
        await expectAccessible(page, `import result (${language.code})`);
      });

      it('the client list with clients', async () => {
        await expect.poll(() => page.getByTestId('client-row').count(), POLL).toBeGreaterThan(1);
        await expectAccessible(page, `client list (${language.code})`);
      });

      it('settings', async () => {
        await nav('settings');
        await expect.poll(() => page.getByTestId('settings-preferences-save').isVisible(), POLL).toBe(true);
        await expectAccessible(page, `settings (${language.code})`);
      });

      it('the audit log', async () => {
        await nav('compliance');
        await page.locator('[data-node-key="audit"]').click();
        await expect
          .poll(() => page.locator('[data-testid=audit-table] tbody tr').count(), POLL)
          .toBeGreaterThan(1);
        await expectAccessible(page, `audit log (${language.code})`);
      });

      it('the proposals list and the acceptance report', async () => {
        await nav('proposals');
        await expect.poll(() => page.getByTestId('proposal-table').isVisible(), POLL).toBe(true);
        await expectAccessible(page, `proposals list (${language.code})`);
        await page.getByTestId('proposal-report-link').click();
        await expect.poll(() => page.getByTestId('report-totals').isVisible(), POLL).toBe(true);
        await expectAccessible(page, `acceptance report (${language.code})`);
      });

      it('unlock and recovery', async () => {
        await page.getByTestId('lock-button').click();
        await expect.poll(() => page.getByTestId('unlock-passphrase').isVisible(), POLL).toBe(true);
        await expectAccessible(page, `unlock (${language.code})`);
        await page.getByTestId('unlock-submit').click();
        await expect.poll(() => page.locator('.ant-form-item-explain-error').count(), POLL).toBe(1);
        await expectAccessible(page, `unlock with an error (${language.code})`);
        await page.getByTestId('unlock-toggle-recovery').click();
        await expect.poll(() => page.getByTestId('recover-code').isVisible(), POLL).toBe(true);
        await expectAccessible(page, `recover (${language.code})`);
        await page.getByTestId('unlock-toggle-recovery').click();
        await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
        await page.getByTestId('unlock-submit').click();
        await expect.poll(() => page.getByTestId('nav-clients').isVisible(), POLL).toBe(true);
      });
    });
  }
});
