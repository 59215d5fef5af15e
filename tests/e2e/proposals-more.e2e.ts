import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysedProposal, Proposal } from '../../shared/features/proposals';
import type { ProductSummary } from '../../shared/features/products';
import type { Override } from '../../shared/features/suitability';
import { expectAccessible } from './axe';
import { firstRunSetup, launchChromium, POLL, startHost, type RunningHost } from './browser-host';
import { call, clientWithKyc, seedHoldings, shelfWithPreferred } from './proposals-seed';
import { today as firmToday } from '../../shared/kernel/dates';

const PASSPHRASE = 'proposals gaps end to end';
const CLIENT = { name: '林雅雯', nationalId: 'B201234568', birthDate: '1982-09-15' };
const SHOTS = process.env.PROPOSAL_SHOTS ?? '/tmp/shots-gaps';
/** Han characters, Bopomofo and CJK punctuation: text an English screen should not show. */
const CJK = /[\u3000-\u303f\u3100-\u312f\u3400-\u9fff\uff01-\uff5e]/;

/**
 * The 建議書 screen's goals and overrides, and its English: a client's proposal puts 70% in one
 * product, above the firm's 60% limit; a goal added in the proposal moves with its monthly contribution; the
 * override is asked for beside the finding, presenting is refused until a supervisor approves it,
 * then allowed; the authoring screen, the presented view and the report read in English with
 * only client and product data left in Chinese. Every new state passes axe.
 */
describe('建議書: goals with contributions, overrides from the authoring screen, English', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let shelf: ProductSummary[];
  let proposalId: string;
  /** The product at 70%, above the 60% limit. */
  let heavy: ProductSummary;

  const live = () => page.getByTestId('proposal-live-status');
  const waitAnalysed = () => expect.poll(() => live().innerText(), POLL).toMatch(/(已更新|Updated).*\d+ ms/);
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  const field = (testId: string) =>
    page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).last();
  const switchLanguage = async (to: string) => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), POLL).toBe(to);
  };
  /** Chinese left on screen once client, goal and product data are taken out. */
  const chineseLeft = async (data: readonly string[]) => {
    let text = await page.locator('main').innerText();
    for (const known of data) text = text.split(known).join('');
    return text.split('\n').filter((line) => CJK.test(line));
  };
  const data = () => [
    CLIENT.name,
    ...shelf.flatMap((p) => [p.nameZh, p.issuer].filter((s): s is string => Boolean(s))),
  ];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('seeds a client whose proposal puts more in one product than the firm allows', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    shelf = await shelfWithPreferred(host);
    const clientId = await clientWithKyc(host, CLIENT);
    // No product above 60% of the proposal without a supervisor's approval.
    const settings = await call<{ suitability: { concentration: Record<string, unknown> } }>(
      host,
      'settings.get',
      {},
    );
    await call(host, 'settings.update', {
      suitability: {
        ...settings.suitability,
        concentration: { ...settings.suitability.concentration, maxProductPercent: 60 },
      },
    });
    // The firm's day (Taipei), not UTC's: from 16:00 UTC they differ.
    const today = firmToday('Asia/Taipei');
    await seedHoldings(
      host,
      clientId,
      shelf.find((p) => p.assetClass === 'tw_equity')!,
      today,
    );
    const { proposal } = await call<{ proposal: Proposal }>(host, 'proposals.draft', {
      clientId,
      kind: 'allocation',
    });
    const byRisk = [...shelf].sort((a, b) => a.riskRating - b.riskRating);
    heavy = byRisk[0]!;
    const other = byRisk.find((p) => p.assetClass !== heavy.assetClass)!;
    const content = {
      ...proposal.content,
      goals: [],
      items: [
        {
          productId: heavy.id,
          assetClass: heavy.assetClass,
          weight: 0.7,
          rationale: null,
          clientRequested: false,
        },
        {
          productId: other.id,
          assetClass: other.assetClass,
          weight: 0.3,
          rationale: null,
          clientRequested: false,
        },
      ],
    };
    const saved = await call<Proposal>(host, 'proposals.update', {
      id: proposal.id,
      version: proposal.version,
      content,
    });
    proposalId = saved.id;
    const analysed = await call<AnalysedProposal>(host, 'proposals.analyse', { clientId, content });
    expect(
      analysed.suitability.findings.filter((f) => f.severity === 'needs_approval').map((f) => f.productId),
    ).toEqual([heavy.id]);
    expect(analysed.suitability.findings.some((f) => f.severity === 'block')).toBe(false);
  });

  it('adds a goal in the proposal and its probability moves with the monthly contribution', async () => {
    await page.evaluate((id) => {
      window.location.hash = `#/proposals/${id}`;
    }, proposalId);
    await waitAnalysed();
    await page.getByTestId('goal-add').click();
    await expect.poll(() => page.getByTestId('proposal-goal').count(), POLL).toBe(1);
    await field('goal-amount').fill('1500萬');
    await waitAnalysed();
    const chart = page.getByTestId('chart-fan');
    await expect.poll(() => chart.innerText(), POLL).toContain('退休');
    const before = await chart.innerText();
    await field('goal-monthly').fill('10萬');
    await expect.poll(() => chart.innerText(), POLL).not.toBe(before);
    await waitAnalysed();
    await shot('goal-funding-1366');
    await expectAccessible(page, 'authoring with a goal and its funding');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('proposal-dirty').count(), POLL).toBe(0);
    const saved = await call<Proposal>(host, 'proposals.get', { id: proposalId });
    expect(saved.content.goals[0]).toMatchObject({
      kind: 'retirement',
      amountTwd: 15_000_000,
      inTodaysMoney: true,
      funding: { monthlyContributionTwd: 100_000 },
    });
  });

  it('asks for the override beside the finding; presenting stays refused while it is pending', async () => {
    const item = page.getByTestId(`item-${heavy.code}`);
    const state = item.getByTestId('override-concentration_product');
    await expect.poll(() => state.getAttribute('data-state'), POLL).toBe('none');
    await item.getByTestId('override-request-concentration_product').click();
    await expect.poll(() => page.getByTestId('override-reason').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'override request from the authoring screen');
    await page.getByTestId('override-reason').fill('客戶偏好公債，了解集中風險。');
    await page.getByTestId('override-request-submit').click();
    await expect.poll(() => state.getAttribute('data-state'), POLL).toBe('pending');
    expect(await state.innerText()).toContain('待核准');
    expect(await page.getByTestId('proposal-present').isDisabled()).toBe(true);
    const draft = await call<Proposal>(host, 'proposals.get', { id: proposalId });
    const refused = (await call(host, 'proposals.present', { id: proposalId, version: draft.version }).catch(
      (error: Error) => error.message,
    )) as string;
    expect(refused).toContain('override_missing');
    await shot('override-pending-1366');
    await expectAccessible(page, 'authoring with an override pending');
  });

  it('reads in English on the authoring screen, with only client and product data in Chinese', async () => {
    await switchLanguage('en');
    await expect.poll(() => page.getByTestId('proposal-save').innerText(), POLL).not.toMatch(CJK);
    await waitAnalysed();
    expect(
      await page.getByTestId(`item-${heavy.code}`).getByTestId('override-concentration_product').innerText(),
    ).toContain('Awaiting approval');
    expect(await chineseLeft([...data(), '退休'])).toEqual([]);
    await shot('authoring-en-1366');
    await expectAccessible(page, 'authoring (en)');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot('authoring-en-1920');
    await page.setViewportSize({ width: 1366, height: 768 });
    await switchLanguage('zh-TW');
  });

  it('shows the approval and lets the proposal be presented once the rationale is written', async () => {
    const { items } = await call<{ items: Override[] }>(host, 'suitability.overrides', { status: 'pending' });
    expect(items).toHaveLength(1);
    await call(host, 'suitability.approveOverride', {
      id: items[0]!.id,
      supervisorName: '陳主管',
      approvedOn: firmToday('Asia/Taipei'),
      reference: 'OV-2026-001',
    });
    // The advisor comes back to the proposal: the approval is seen and the findings re-read.
    await page.getByTestId('nav-proposals').click();
    await expect.poll(() => page.getByTestId('proposals-title').isVisible(), POLL).toBe(true);
    await page.evaluate((id) => {
      window.location.hash = `#/proposals/${id}`;
    }, proposalId);
    const finding = page.getByTestId(`item-${heavy.code}`).getByTestId('finding-concentration_product');
    await expect.poll(() => finding.getAttribute('data-severity'), POLL).toBe('overridden');
    expect(await finding.innerText()).toContain('已核准例外');
    expect(await finding.getByTestId('override-request-concentration_product').count()).toBe(0);
    await expectAccessible(page, 'authoring with the override approved');

    await page.getByTestId(`item-rationale-${heavy.code}`).fill('客戶偏好公債，主管已核准集中度例外。');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('proposal-dirty').count(), POLL).toBe(0);
    await expect.poll(() => page.getByTestId('proposal-present').isDisabled(), POLL).toBe(false);
    await page.getByTestId('proposal-present').click();
    await expect.poll(() => page.getByTestId('proposal-frozen-list').isVisible(), POLL).toBe(true);
    await page.getByTestId('proposal-present-confirm').click();
    const presented = page.getByTestId('proposal-presented');
    const refused = page.getByTestId('proposal-present-error');
    await expect
      .poll(async () => (await presented.isVisible()) || (await refused.isVisible()), POLL)
      .toBe(true);
    // Read the refusal's text only when there is one: innerText waits 30 s for a missing element.
    if ((await refused.count()) > 0) expect.fail(await refused.innerText());
    expect(await page.getByTestId('proposal-state').first().getAttribute('data-state')).toBe('presented');
  });

  it('reads in English on the presented view and the report', async () => {
    await switchLanguage('en');
    await expect.poll(() => page.getByTestId('chart-fan').isVisible(), POLL).toBe(true);
    // What the advisor wrote for the client is the proposal's own text, and 中文 names the PDF's
    // other language in that language.
    const { content } = await call<Proposal>(host, 'proposals.get', { id: proposalId });
    const written = [
      content.title,
      content.commentary.rationale ?? '',
      content.commentary.summary ?? '',
      ...content.commentary.keyActions,
      ...content.items.map((i) => i.rationale ?? ''),
      ...content.goals.map((g) => g.name),
    ].filter((text) => text !== '');
    expect(await chineseLeft([...data(), ...written, '中文'])).toEqual([]);
    await shot('presented-en-1366');
    await expectAccessible(page, 'presented proposal (en)');

    await page.getByTestId('nav-proposals').click();
    await page.getByTestId('proposal-report-link').click();
    await expect.poll(() => page.getByTestId('report-presented').innerText(), POLL).toBe('1');
    expect(await chineseLeft(data())).toEqual([]);
    await shot('report-en-1366');
    await expectAccessible(page, 'acceptance report (en)');
    await switchLanguage('zh-TW');
  });
});
