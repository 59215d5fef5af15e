import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { firstRunSetup, launchChromium, POLL, startHost, type RunningHost } from './browser-host';

const PASSPHRASE = 'correct horse battery 42';

/** 市場簡報, end to end: a deck from a template, a text slide edited and saved as version 2, its PDF. */
describe('briefing decks, end to end in Chromium through the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let downloads: string;
  const body = () => page.locator('body').innerText();
  const slideItems = () => page.getByTestId('deck-slide-item');

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    downloads = mkdtempSync(join(tmpdir(), 'advisordesk-deck-dl-'));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('opens 市場簡報 on an empty deck list', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    await page.getByTestId('nav-briefings').click();
    await expect.poll(body, POLL).toContain('尚無簡報');
    await expectAccessible(page, 'empty deck list');
  });

  it('makes a weekly market review from its template in one action and opens it', async () => {
    await page.getByTestId('deck-new').click();
    await page.getByTestId('deck-template-weeklyMarketReview').click();
    await expectAccessible(page, 'new deck dialog');
    await page.getByTestId('deck-create').click();
    await expect.poll(() => page.getByTestId('deck-editor-version').innerText(), POLL).toBe('第 1 版');
    await expect.poll(() => slideItems().count(), POLL).toBeGreaterThan(3);
    await expect.poll(() => page.getByTestId('slide-view').count(), POLL).toBe(1);
    await expectAccessible(page, 'deck editor');
  });

  it('edits the text slide, saves it with Ctrl+S and shows version 2 in the editor and the list', async () => {
    const texts = await slideItems().allInnerTexts();
    const textSlide = texts.findIndex((text) => text.includes('文字條列'));
    expect(textSlide).toBeGreaterThan(0);
    await page.getByTestId('deck-slide-list').focus();
    for (let i = 0; i < textSlide; i += 1) await page.keyboard.press('ArrowDown');
    await expect.poll(() => slideItems().nth(textSlide).getAttribute('aria-selected'), POLL).toBe('true');
    await page.getByTestId('deck-block-heading').fill('下週市場展望');
    await expect.poll(() => page.getByTestId('deck-preview').innerText(), POLL).toContain('下週市場展望');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('deck-editor-version').innerText(), POLL).toBe('第 2 版');
    await page.getByTestId('nav-briefings').click();
    await expect.poll(() => page.getByTestId('deck-version').first().innerText(), POLL).toBe('2');
    await expectAccessible(page, 'deck list with a deck');
  });

  it('exports the deck as a PDF and says which file it made', async () => {
    await page.getByTestId('deck-link').first().click();
    await expect.poll(() => page.getByTestId('deck-editor-version').innerText(), POLL).toBe('第 2 版');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('deck-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = join(downloads, 'deck.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect
      .poll(() => page.getByTestId('deck-pdf-result').innerText(), POLL)
      .toContain(download.suggestedFilename());
  });
  it('reads in English: the editor and the list', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), POLL).toBe('en');
    await expect.poll(() => page.getByTestId('deck-editor-version').innerText(), POLL).toBe('Version 2');
    expect(await page.getByTestId('deck-save').innerText()).toContain('Save (new version)');
    await expectAccessible(page, 'deck editor (en)');
    await page.getByTestId('nav-briefings').click();
    await expect
      .poll(() => page.getByTestId('deck-table').innerText(), POLL)
      .toContain('Weekly market review');
    await expectAccessible(page, 'deck list (en)');
  });
});
