import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callHost, launchChromium, POLL, REPO_ROOT, startHost, type RunningHost } from './browser-host';

const PASSPHRASE = 'layout check passphrase';
const SAMPLE = readFileSync(join(REPO_ROOT, 'resources/samples/clients-sample.csv'));
const LOGO = readFileSync(join(REPO_ROOT, 'resources/branding/sample-logo.png'));
const WIDTHS = [1024, 1366] as const;

/** How much wider an input's placeholder is drawn than the room the input gives it (≤ 0: fits). */
function placeholderOverflow(input: Locator): Promise<number> {
  return input.evaluate((element) => {
    const field = element as HTMLInputElement;
    const style = getComputedStyle(field);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(field.placeholder).width - room;
  });
}

/** The texts inside an element that are cut off with an ellipsis. */
function ellipsised(container: Locator): Promise<string[]> {
  return container.evaluate((root) =>
    [root, ...root.querySelectorAll('*')]
      .filter((e) => getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth)
      .map((e) => e.textContent ?? ''),
  );
}

/** How many lines an inline element's text takes. */
function lineCount(element: Locator): Promise<number> {
  return element.evaluate((node) => node.getClientRects().length);
}

/**
 * What a new user saw at 1024 and 1366 px wide: the masked ID on two lines, the search hint cut off,
 * the asset total cut off, the logo stuck to the top edge, and 繼 續 / 儲 存 with a space inside.
 */
describe('layout at 1024 and 1366 px wide', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('writes two-character button labels without a space inside (繼續, 儲存)', async () => {
    await page.goto(host.url);
    await page.getByTestId('setup-passphrase').fill(PASSPHRASE);
    await page.getByTestId('setup-confirm').fill(PASSPHRASE);
    await page.getByTestId('setup-submit').click();
    await expect.poll(() => page.getByTestId('recovery-continue').isVisible(), POLL).toBe(true);
    expect(await page.getByTestId('recovery-continue').textContent()).toBe('繼續');
    await page.getByTestId('recovery-ack').check();
    await page.getByTestId('recovery-continue').click();

    // The landing page is 今日; the client list is one click away.
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('new-client-button').click();
    await expect.poll(() => page.getByTestId('save-client').isVisible(), POLL).toBe(true);
    expect(await page.getByTestId('save-client').textContent()).toBe('儲存');
    expect(await page.getByTestId('cancel-client').textContent()).toBe('取消');
  });

  it('centres the firm logo in the header instead of cutting it at the top', async () => {
    const settings = (await callHost(host, 'settings.get', {})) as { value: { branding: object } };
    const logoDataUrl = `data:image/png;base64,${LOGO.toString('base64')}`;
    await callHost(host, 'settings.update', { branding: { ...settings.value.branding, logoDataUrl } });
    await page.reload();
    await expect.poll(() => page.locator('.app-logo').isVisible(), POLL).toBe(true);
    const header = (await page.locator('.app-header').boundingBox())!;
    const title = (await page.getByTestId('firm-name').boundingBox())!;
    const logo = (await page.locator('.app-logo').boundingBox())!;
    expect(logo.y).toBeGreaterThanOrEqual(header.y + 8);
    expect(logo.y + logo.height).toBeLessThanOrEqual(header.y + header.height - 8);
    // Centred on the same line as the firm's name.
    expect(Math.abs(logo.y + logo.height / 2 - (title.y + title.height / 2))).toBeLessThanOrEqual(2);
  });

  async function showIn(language: string) {
    if ((await page.locator('html').getAttribute('lang')) === language) return;
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), POLL).toBe(language);
  }

  /** Runs a check at both widths, in zh-TW and then in English, and comes back to zh-TW. */
  async function inBothLanguages(check: (at: string) => Promise<void>) {
    for (const language of ['zh-TW', 'en']) {
      await showIn(language);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 768 });
        await check(`${language} at ${width} px`);
      }
    }
    await showIn('zh-TW');
  }

  it('shows the whole search hint and the chosen sort order, in zh-TW and English', async () => {
    await page.getByTestId('nav-clients').click();
    await page
      .getByTestId('import-csv-input')
      .setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: SAMPLE });
    await expect.poll(() => page.getByTestId('client-row').count(), POLL).toBe(5);
    await inBothLanguages(async (at) => {
      expect(await placeholderOverflow(page.getByTestId('client-search')), at).toBeLessThanOrEqual(0);
      expect(await ellipsised(page.getByRole('search')), at).toEqual([]);
    });
  });

  it('shows every asset total in the client list whole', async () => {
    await inBothLanguages(async (at) => {
      const cutOff = await page
        .locator('[data-testid=client-row] .num')
        .evaluateAll((cells) => cells.map((cell) => cell.scrollWidth - cell.clientWidth));
      expect(cutOff, at).toEqual([0, 0, 0, 0, 0]);
    });
  });

  it('keeps the national ID on one line in the dossier, masked and revealed', async () => {
    await page.getByTestId('client-row').first().click();
    const id = page.getByTestId('dossier-nationalId');
    await expect.poll(() => id.isVisible(), POLL).toBe(true);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 768 });
      expect(await lineCount(id), `masked at ${width} px`).toBe(1);
    }
    await page.getByTestId('reveal-national-id').click();
    await expect.poll(() => page.getByTestId('hide-national-id').isVisible(), POLL).toBe(true);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 768 });
      expect(await lineCount(id), `revealed at ${width} px`).toBe(1);
    }
  });
});
