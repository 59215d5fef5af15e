import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const PASSPHRASE = 'correct horse battery 42';
const CLIENT_NAME = '林雅婷';

async function deckFromTemplate(host: RunningHost, input: Record<string, unknown>): Promise<string> {
  const made = (await callHost(host, 'briefings.fromTemplate', input)) as
    { ok: true; value: { id: string } } | { ok: false; error: unknown };
  if (!made.ok) throw new Error(`fromTemplate: ${JSON.stringify(made.error)}`);
  return made.value.id;
}

/**
 * Presentation mode in Chromium through the browser host: the keyboard through a deck, the
 * presenter and audience tabs kept in step (BroadcastChannel), black screen, Esc, a client deck
 * redacted in the audience's DOM until the presenter reveals it, and the app-wide privacy toggle.
 */
describe('presentation mode, end to end in Chromium through the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let context: BrowserContext;
  let audience: Page;
  let presenter: Page;
  let origin: string;
  let weekly: string;
  let clientDeck: string;
  let clientId: string;
  const shown = (page: Page) => page.getByTestId('present-slide').getAttribute('data-index');
  const counter = () => presenter.getByTestId('presenter-counter').innerText();
  const html = (page: Page) => page.locator('body').innerHTML();

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    audience = await context.newPage();
    origin = new URL(host.url).origin;
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('drives the audience view through the deck with the keyboard, full page without the app chrome', async () => {
    await firstRunSetup(audience, host.url, PASSPHRASE);
    clientId = await createClient(host, {
      name: CLIENT_NAME,
      nationalId: 'A123456789',
      annualIncomeTwd: 1_200_000,
      investableAssets: [{ currency: 'USD', amount: 50_000 }],
    });
    // The market charts draw the shipped sample series (an empty chart is not what is presented).
    expect(await callHost(host, 'market.sampleLoad', {})).toMatchObject({ ok: true });
    weekly = await deckFromTemplate(host, { template: 'weeklyMarketReview' });
    clientDeck = await deckFromTemplate(host, { template: 'clientPortfolioReview', clientId });
    await audience.goto(`${origin}/#/briefings/${weekly}/present`);
    await expect.poll(() => shown(audience), POLL).toBe('0');
    expect(await audience.getByTestId('nav-briefings').count()).toBe(0);
    for (const [key, index] of [
      ['ArrowRight', '1'],
      ['Space', '2'],
      ['ArrowLeft', '1'],
      ['PageDown', '2'],
      ['PageUp', '1'],
      ['Home', '0'],
    ] as const) {
      await audience.keyboard.press(key);
      await expect.poll(() => shown(audience), POLL).toBe(index);
    }
    await audience.keyboard.press('End');
    const last = Number(await shown(audience));
    expect(last).toBeGreaterThan(2);
    // The disclosure slide is the last one; another → stays there.
    await audience.keyboard.press('ArrowRight');
    await expect.poll(() => shown(audience), POLL).toBe(String(last));
    await audience.keyboard.press('Home');
    await expectAccessible(audience, 'presentation audience view');
  });

  it('opens the presenter view in a second tab and keeps both in step, whichever one is driven', async () => {
    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      audience.getByTestId('present-open-presenter').click(),
    ]);
    presenter = opened;
    // The counter and the buttons wait for the deck: a click before it would be lost.
    await expect.poll(counter, POLL).toMatch(/^第 1 \/ [1-9]\d* 張$/);
    await presenter.getByTestId('presenter-next').click();
    await expect.poll(counter, POLL).toMatch(/^第 2 \//);
    await expect.poll(() => shown(audience), POLL).toBe('1');
    // The presenter's keys drive the audience too (pressed on the page, which focuses it first).
    await presenter.locator('body').press('ArrowRight');
    await expect.poll(() => shown(audience), POLL).toBe('2');
    await audience.bringToFront();
    await audience.keyboard.press('ArrowLeft');
    await expect.poll(counter, POLL).toMatch(/^第 2 \//);
    expect(await presenter.getByTestId('presenter-timer').innerText()).toMatch(/^\d\d:\d\d$/);
    expect(await presenter.getByTestId('presenter-next-slide').count()).toBe(1);
    await expectAccessible(presenter, 'presentation presenter view');
  });

  it('B blanks the audience screen (no slide in the page) and B again brings it back', async () => {
    await audience.keyboard.press('b');
    await expect.poll(() => audience.getByTestId('present-blank').count(), POLL).toBe(1);
    expect(await audience.getByTestId('present-slide').count()).toBe(0);
    await expect
      .poll(() => presenter.getByTestId('presenter-blank').getAttribute('aria-pressed'), POLL)
      .toBe('true');
    await audience.keyboard.press('B');
    await expect.poll(() => shown(audience), POLL).toBe('1');
  });

  it("keeps a client deck's client data out of the audience's page until the presenter reveals it", async () => {
    await presenter.goto(`${origin}/#/briefings/${clientDeck}/presenter`);
    await audience.goto(`${origin}/#/briefings/${clientDeck}/present`);
    await expect.poll(() => shown(audience), POLL).toBe('0');
    for (let i = 0; i < 8; i += 1) {
      expect(await html(audience)).not.toContain(CLIENT_NAME);
      await audience.keyboard.press('ArrowRight');
    }
    await audience.keyboard.press('Home');
    const reveal = presenter.getByTestId('presenter-reveal');
    expect(await reveal.getAttribute('aria-checked')).toBe('false');
    await reveal.click();
    await expect.poll(() => reveal.getAttribute('aria-checked'), POLL).toBe('true');
    // The audience asks the core again with reveal; the name is now in the data it draws.
    let found = false;
    for (let i = 0; i < 8 && !found; i += 1) {
      found = await expect
        .poll(() => html(audience), { timeout: 3_000, interval: 100 })
        .toContain(CLIENT_NAME)
        .then(() => true)
        .catch(() => false);
      if (!found) await audience.keyboard.press('ArrowRight');
    }
    expect(found).toBe(true);
    await expectAccessible(presenter, 'presenter view of a client deck');
  });

  it('Esc leaves the audience view for the deck editor', async () => {
    await audience.keyboard.press('Escape');
    await expect.poll(() => new URL(audience.url()).hash, POLL).toBe(`#/briefings/${clientDeck}`);
    await expect.poll(() => audience.getByTestId('nav-briefings').count(), POLL).toBe(1);
  });

  it('the privacy toggle (Ctrl+Shift+H) writes no amount into the page, and brings them back', async () => {
    await audience.goto(`${origin}/#/clients/${clientId}`);
    const assets = audience.getByTestId('dossier-assets');
    await expect.poll(() => assets.innerText(), POLL).toContain('USD 50,000');
    // The TWD total comes once the rates in force are read.
    await expect.poll(() => html(audience), POLL).toContain('120 萬');
    await audience.keyboard.press('Control+Shift+H');
    await expect
      .poll(() => audience.getByTestId('privacy-toggle').getAttribute('aria-pressed'), POLL)
      .toBe('true');
    await expect.poll(() => assets.innerText(), POLL).toContain('＊＊＊＊');
    await expect.poll(() => html(audience), POLL).toContain('100.0%');
    const page = await html(audience);
    // The currency's name and its share (100.0%) stay; no amount is in the page at all.
    expect(page).not.toMatch(/\d\s*萬|NT\$\s*\d|USD\s*\d|50,000|1,200,000/);
    expect(page).toContain('100.0%');
    await expectAccessible(audience, 'dossier with amounts hidden');
    await audience.getByTestId('privacy-toggle').click();
    await expect.poll(() => assets.innerText(), POLL).toContain('USD 50,000');
  });
});
