import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalIdCheckDigit } from '../../shared/features/clients/national-id';
import { callHost, firstRunSetup, launchChromium, POLL, startHost, type RunningHost } from './browser-host';

const COUNT = 10_000;
const name = (i: number) => `客戶${String(i).padStart(5, '0')}`;

/** 10,000 clients with valid national IDs, named so that sorting by name keeps their order. */
function bigCsv(): string {
  const rows = Array.from({ length: COUNT }, (_, i) => {
    const firstNine = `Q2${String(i).padStart(7, '0')}`;
    return `${name(i)},${firstNine}${nationalIdCheckDigit(firstNine)}`;
  });
  return ['name,national_id', ...rows].join('\n');
}

describe('the client list over 10,000 clients, end to end', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const listCalls: number[] = [];

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    page.on('request', (request) => {
      if (!request.url().endsWith('/ipc/clients.list')) return;
      const input = request.postDataJSON() as { offset?: number; limit?: number };
      if (input.limit === 100) listCalls.push(input.offset ?? 0);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('loads only the pages in view as the user scrolls, and keeps the ones it has', async () => {
    await firstRunSetup(page, host.url, 'ten thousand clients');
    expect(await callHost(host, 'clients.importCsv', { csv: bigCsv() })).toMatchObject({
      ok: true,
      value: { imported: COUNT },
    });
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('sort-name').click();
    await expect.poll(() => page.getByTestId('client-total').innerText(), POLL).toContain('10000');
    await expect.poll(() => page.getByTestId('client-row').first().innerText(), POLL).toContain(name(0));

    // The middle of the list: only the page under it is asked for, and it fills the rows.
    listCalls.length = 0;
    const body = page.getByTestId('client-table-body');
    await body.evaluate((el) => (el.scrollTop = 48 * 5_000));
    await expect
      .poll(() => page.getByTestId('client-row').allInnerTexts(), POLL)
      .toEqual(expect.arrayContaining([expect.stringContaining(name(5_005))]));
    expect(listCalls.every((offset) => offset >= 4_900 && offset <= 5_100)).toBe(true);
    expect(listCalls.length).toBeLessThanOrEqual(2);

    // Back to the top: the first page is still there, nothing new is asked.
    listCalls.length = 0;
    await body.evaluate((el) => (el.scrollTop = 0));
    await expect.poll(() => page.getByTestId('client-row').first().innerText(), POLL).toContain(name(0));
    expect(listCalls).toEqual([]);
  });
});
