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

const PASSPHRASE = 'book report e2e passphrase 9';
const TODAY = today('Asia/Taipei');

/** 經營報表 end to end: the book by tier, the clients whose plan was missed, the PDF downloaded. */
describe('the relationship report, end to end in Chromium through the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const rows = (table: string) => page.getByTestId(table).locator('tbody tr.ant-table-row');

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('shows the book by tier with the clients whose plan was missed, and downloads the PDF', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    const met = await createClient(host, {
      name: '王頂級',
      nationalId: 'A123456789',
      investableAssets: [{ currency: 'TWD', amount: 40_000_000 }],
    });
    await createClient(host, {
      name: '李頂級',
      nationalId: 'B123456780',
      investableAssets: [{ currency: 'TWD', amount: 35_000_000 }],
    });
    for (const days of [-50, -20, -5]) {
      await callHost(host, 'activities.add', {
        clientId: met,
        activity: {
          kind: 'contact',
          date: addDays(TODAY, days),
          channel: 'phone',
          direction: 'out',
          subject: '問候',
        },
        followUps: [],
      });
    }
    await callHost(host, 'tiers.recompute', {});
    await page.reload();
    await page.getByTestId('nav-reports').click();
    await expect.poll(() => rows('book-by-tier').count(), POLL).toBe(2); // 頂級 and the total
    expect(await rows('book-by-tier').first().innerText()).toMatch(/頂級\s+2/);
    await expect.poll(() => rows('book-clients').count(), POLL).toBe(1);
    expect(await rows('book-clients').first().innerText()).toContain('李頂級');
    expect(await page.getByTestId('book-chart').innerHTML()).toContain('50%');
    await expectAccessible(page, '經營報表');

    const download = page.waitForEvent('download');
    await page.getByTestId('book-export-pdf').click();
    expect((await download).suggestedFilename()).toMatch(
      /^客戶經營管理報表_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const audit = (await callHost(host, 'audit.list', {})) as {
      value: { items: { action: string; detail: string }[] };
    };
    expect(audit.value.items.find((x) => x.action === 'book.report_export')?.detail).toBe('pdf, book');
  });
});
