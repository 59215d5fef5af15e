import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskNationalId } from '../../shared/features/clients';
import type { Proposal } from '../../shared/features/proposals';
import type { ProductSummary } from '../../shared/features/products';
import { expectAccessible } from './axe';
import { firstRunSetup, launchChromium, POLL, REPO_ROOT, startHost, type RunningHost } from './browser-host';
import { DROPDOWN_OPTION } from './select';
import { call, clientWithKyc, seedHoldings, shelfWithPreferred } from './proposals-seed';
import { today as firmToday } from '../../shared/kernel/dates';

const PASSPHRASE = 'proposals end to end 2026';
const CLIENT = { name: '周子寧', nationalId: 'A123456789', birthDate: '1978-04-12' };
const LAPSED = { name: '王立安', nationalId: 'F126543211', birthDate: '1970-08-02' };
const SHOTS = process.env.PROPOSAL_SHOTS ?? '/tmp/shots';
/** The host starts 400 days in the past, so a KYC taken then has expired once the clock is set right. */
const SHIFT_MS = -400 * 24 * 3600 * 1000;

/**
 * The 建議書 path in one browser: a client with KYC and holdings, the first draft from the model
 * portfolio, a product swapped with the charts redrawn, presented, the PDF downloaded and read
 * back, the acceptance recorded and counted in the report; a client whose KYC has expired
 * cannot present. Every screen passes axe.
 */
describe('建議書: draft → swap → present → PDF → acceptance → report', () => {
  let host: RunningHost & { pid: number };
  let browser: Browser;
  let page: Page;
  let downloads: string;
  let shelf: ProductSummary[];
  let lapsedId: string;
  let proposalId: string;

  const live = () => page.getByTestId('proposal-live-status');
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  const waitAnalysed = () => expect.poll(() => live().innerText(), POLL).toMatch(/已更新（\d+ ms）/);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    host = await startHost({
      preload: [join(REPO_ROOT, 'tests/e2e/shifted-clock.cjs')],
      env: { SHIFTED_CLOCK_MS: String(SHIFT_MS) },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    downloads = mkdtempSync(join(tmpdir(), 'advisordesk-proposals-dl-'));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('seeds a shelf with preferred products, a client with KYC and holdings, and one whose KYC lapses', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    lapsedId = await clientWithKyc(host, LAPSED);
    // Back to the real day: the profile taken "400 days ago" has expired.
    process.kill(host.pid, 'SIGUSR2');
    await expect
      .poll(
        async () => (await call<{ state: string }>(host, 'kyc.profile', { clientId: lapsedId })).state,
        POLL,
      )
      .toBe('expired');

    shelf = await shelfWithPreferred(host);
    const clientId = await clientWithKyc(host, CLIENT);
    const twEquity = shelf.find((p) => p.assetClass === 'tw_equity')!;
    // The firm's day (Taipei), not UTC's: from 16:00 UTC they differ.
    const today = firmToday('Asia/Taipei');
    await seedHoldings(host, clientId, twEquity, today);
    const holdings = await call<{ valuation: { totalTwd: number } }>(host, 'holdings.get', { clientId });
    expect(holdings.valuation.totalTwd).toBe(8_000_000);
  });

  it('drafts the proposal from the model portfolio in one action and analyses it live', async () => {
    await page.getByTestId('nav-proposals').click();
    await expect.poll(() => page.getByTestId('proposals-title').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'proposal list (empty)');

    await page.getByTestId('proposal-new').click();
    // In one input event, so no earlier answer (周) is on screen when Enter is pressed (advice-flow).
    await page.locator('#proposal-client').fill('周子');
    await expect.poll(() => page.locator('.ant-select-item-option').count(), POLL).toBe(1);
    await page.keyboard.press('Enter');
    await page.getByTestId('proposal-draft').click();
    await expect.poll(() => page.url(), POLL).toMatch(/#\/proposals\/[0-9a-f-]{36}$/);
    proposalId = page.url().split('/').at(-1)!;

    await waitAnalysed();
    expect(await page.getByTestId('proposal-weight-sum').innerText()).toBe('合計 100%');
    expect(await page.getByTestId('proposal-kyc-state').innerText()).toBe('有效');
    expect(await page.getByTestId('proposal-verdict').getAttribute('data-verdict')).not.toBe('blocked');
    // Current holdings are drawn beside the proposal: 8,000,000 now.
    expect(await page.getByTestId('proposal-figures').innerText()).toContain('800');
    await shot('authoring-1366');
    await expectAccessible(page, 'proposal authoring');
  });

  it('marks an invalid draft (weights ≠ 100%) and neither analyses nor saves it', async () => {
    const draft = await call<Proposal>(host, 'proposals.get', { id: proposalId });
    const first = shelf.find((p) => p.id === draft.content.items[0]!.productId)!;
    const weight = page.getByTestId(`item-weight-${first.code}`);
    const before = await weight.inputValue();
    await weight.fill('1');
    await expect
      .poll(() => page.getByTestId('proposal-not-ready').innerText(), POLL)
      .toContain('合計須為 100%');
    expect(await page.getByTestId('proposal-save').isDisabled()).toBe(true);
    expect(await live().innerText()).toBe('配置未完成，暫不計算');
    await weight.fill(before);
    await waitAnalysed();
  });

  it('swaps a product and the charts are redrawn', async () => {
    const draft = await call<Proposal>(host, 'proposals.get', { id: proposalId });
    const inProposal = new Set(draft.content.items.map((i) => i.productId));
    // A product of another RR in the same class where there is one, so the RR view changes.
    const swap = draft.content.items
      .map((item) => {
        const old = shelf.find((p) => p.id === item.productId)!;
        const other = shelf.find(
          (p) => p.assetClass === old.assetClass && !inProposal.has(p.id) && p.riskRating !== old.riskRating,
        );
        return other ? { old, other } : null;
      })
      .find((pair) => pair !== null)!;
    expect(swap).toBeTruthy();

    await page.getByTestId('chart-allocation-dimension').getByText('RR').click();
    const chart = page.getByTestId('chart-allocation');
    const before = await chart.innerHTML();
    await page.getByTestId(`item-product-${swap.old.code}`).click();
    await page.keyboard.type(swap.other.code);
    await page.locator(`${DROPDOWN_OPTION} [data-product-code="${swap.other.code}"]`).click();
    await expect.poll(() => page.getByTestId(`item-${swap.other.code}`).isVisible(), POLL).toBe(true);
    await expect.poll(() => live().innerText(), POLL).toMatch(/計算中|已更新/);
    await waitAnalysed();
    await expect.poll(() => chart.innerHTML(), POLL).not.toBe(before);
    expect(await chart.innerText()).toContain(`RR${swap.other.riskRating}`);

    await page.getByTestId('proposal-summary').fill('以穩健配置為主，逐步降低台股集中度。');
    expect(await page.getByTestId('proposal-dirty').isVisible()).toBe(true);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('proposal-dirty').count(), POLL).toBe(0);
    const saved = await call<Proposal>(host, 'proposals.get', { id: proposalId });
    expect(saved.content.items.map((i) => i.productId)).toContain(swap.other.id);
    expect(saved.content.commentary.summary).toBe('以穩健配置為主，逐步降低台股集中度。');
    await shot('authoring-swapped');
  });

  it('presents it after listing what will be frozen, then shows the frozen record', async () => {
    await page.getByTestId('proposal-present').click();
    await expect.poll(() => page.getByTestId('proposal-frozen-list').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'present confirmation');
    await page.keyboard.press('Enter');
    const presented = page.getByTestId('proposal-presented');
    const refused = page.getByTestId('proposal-present-error');
    await expect
      .poll(async () => (await presented.isVisible()) || (await refused.isVisible()), POLL)
      .toBe(true);
    // Read the refusal's text only when there is one: innerText waits 30 s for a missing element.
    if ((await refused.count()) > 0) expect.fail(await refused.innerText());
    expect(await page.getByTestId('proposal-state').first().getAttribute('data-state')).toBe('presented');
    await expect.poll(() => page.getByTestId('chart-fan').isVisible(), POLL).toBe(true);
    await shot('presented');
    await expectAccessible(page, 'presented proposal');
  });

  it('downloads the PDF: a PDF naming the client by the masked ID only', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('proposal-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = join(downloads, 'proposal.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(maskNationalId(CLIENT.nationalId));
    expect(text).not.toContain(CLIENT.nationalId);
  });

  it('records the acceptance in the decision dialog', async () => {
    await page.getByTestId('proposal-decide').click();
    await expect.poll(() => page.getByTestId('decision-dialog').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'decision dialog');
    await page.getByTestId('decision-save').click();
    await expect
      .poll(() => page.getByTestId('proposal-state').first().getAttribute('data-state'), POLL)
      .toBe('accepted');
    expect(await page.getByTestId('proposal-decision').innerText()).toContain('已接受');
  });

  it('shows the proposal on the dossier panel with its state', async () => {
    await page.getByTestId('proposal-client').click();
    const panel = page.getByTestId('proposals-panel');
    await expect.poll(() => panel.innerText(), POLL).toContain('已接受');
    await page.getByTestId('proposals-panel').scrollIntoViewIfNeeded();
    await shot('dossier-panel');
    await expectAccessible(page, 'dossier with the proposals panel');
  });

  it('counts the acceptance and the AUM added in the acceptance report', async () => {
    await page.getByTestId('nav-proposals').click();
    await expect.poll(() => page.getByTestId('proposal-table').innerText(), POLL).toContain(CLIENT.name);
    await expectAccessible(page, 'proposal list');
    await page.getByTestId('proposal-report-link').click();
    await expect.poll(() => page.getByTestId('report-presented').innerText(), POLL).toBe('1');
    expect(await page.getByTestId('report-rate').innerText()).toBe('100.0%');
    expect(await page.getByTestId('report-aum').innerText()).not.toBe('NT$0');
    expect(await page.getByTestId('report-by-product').innerText()).not.toContain('此期間無資料');
    await shot('report');
    await expectAccessible(page, 'acceptance report');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  });

  it('does not let a client whose KYC has expired be presented a proposal, and says why in red', async () => {
    const { proposal } = await call<{ proposal: Proposal }>(host, 'proposals.draft', {
      clientId: lapsedId,
      kind: 'allocation',
    });
    await page.evaluate((id) => {
      window.location.hash = `#/proposals/${id}`;
    }, proposal.id);
    await expect
      .poll(() => page.getByTestId('proposal-kyc-state').getAttribute('data-state'), POLL)
      .toBe('expired');
    expect(await page.getByTestId('proposal-present').isDisabled()).toBe(true);
    expect(await page.getByTestId('proposal-present-blocked').innerText()).toContain('已過期');
    const refused = (await call(host, 'proposals.present', {
      id: proposal.id,
      version: proposal.version,
    }).catch((error: Error) => error.message)) as string;
    expect(refused).toContain('kyc_not_current');
    // The disabled button says why on hover too. The pointer first leaves it: a hover over a
    // pointer already resting there fires no mouseenter, and the tooltip would never open.
    await expect
      .poll(async () => {
        await page.mouse.move(5, 5);
        await page.getByTestId('proposal-present').hover({ force: true });
        return page
          .getByRole('tooltip')
          .innerText({ timeout: 2000 })
          .catch(() => '');
      }, POLL)
      .toContain('已過期');
    await shot('expired-kyc');
    await page.mouse.move(700, 700);
    await expect.poll(() => page.getByRole('tooltip').isVisible(), POLL).toBe(false);
    await expectAccessible(page, 'authoring with an expired KYC');
  });
});
