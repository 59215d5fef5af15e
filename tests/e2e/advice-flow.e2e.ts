import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { firstRunSetup, launchChromium, POLL, startHost, type RunningHost } from './browser-host';
import { dropdownOption } from './select';

const PASSPHRASE = 'advice flow end to end 2026';
const CLIENT = { name: '周子寧', nationalId: 'A123456789', birthDate: '1978-04-12' };
/** The third option of each question scores C3 on both dimensions, with nothing inconsistent. */
const THIRD_OPTION = '3';
const QUESTIONS = 10;

/**
 * The advisor's path through issue 8 in one browser: a new client takes the questionnaire and
 * confirms it, the grade shows on the dossier, the demo shelf is added, a mixed set is checked
 * (a suspended product blocks, an RR5 fund is outside a C3 grade), the grade finding is overridden
 * with a written reason and a supervisor's approval, and both steps are in the audit trail.
 */
describe('KYC → shelf → suitability check → override with approval → audit trail', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('takes the questionnaire for a new client and shows the grade on the dossier', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('new-client-button').click();
    await page.getByTestId('field-name').fill(CLIENT.name);
    await page.getByTestId('field-nationalId').fill(CLIENT.nationalId);
    await page.getByTestId('save-client').click();
    await expect.poll(() => page.getByTestId('kyc-none').isVisible(), POLL).toBe(true);

    await page.getByTestId('kyc-take').click();
    for (let n = 1; n <= QUESTIONS; n += 1) {
      await expect
        .poll(() => page.getByTestId('kyc-progress').innerText(), POLL)
        .toBe(`第 ${n} 題，共 ${QUESTIONS} 題`);
      await page.keyboard.press(THIRD_OPTION);
      await expect.poll(() => page.getByTestId(`kyc-option-${THIRD_OPTION}`).isChecked(), POLL).toBe(true);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => page.getByTestId('kyc-result-grade').innerText(), POLL).toBe('C3 穩健型');
    await page.getByTestId('kyc-confirm').click();
    await expect.poll(() => page.getByTestId('kyc-confirmed').isVisible(), POLL).toBe(true);
    await page.getByTestId('kyc-to-dossier').click();
    await expect.poll(() => page.getByTestId('kyc-grade').innerText(), POLL).toBe('C3 穩健型');
    expect(await page.getByTestId('kyc-state').first().innerText()).toBe('有效');
  });

  it('adds the demo shelf', async () => {
    await page.getByTestId('nav-products').click();
    await page.getByTestId('seed-demo-products').click();
    await expect.poll(() => page.getByTestId('product-total').innerText(), POLL).toBe('共 60 項商品');
  });

  it('checks a mixed set and shows a block, a grade finding and a pass', async () => {
    await page.getByTestId('nav-suitability').click();
    // The search text in one input event: typed key by key on a loaded machine, a first answer (周)
    // could be on screen while the next (周子) replaces it, and Enter would land in between.
    await page.locator('#suitability-client').fill('周子');
    await expect.poll(() => page.locator('.ant-select-item-option').count(), POLL).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url(), POLL).toContain('client=');

    // Four products at 25% each: no one product or issuer over its limit.
    for (const code of ['KL002', 'HH004', 'HH001', 'BT001']) {
      await page.getByTestId('suitability-product-picker').click();
      await page.keyboard.type(code);
      const option = dropdownOption(page, code);
      await expect.poll(() => option.count(), POLL).toBe(1);
      await option.click();
      await page.getByTestId(`suitability-size-${code}`).fill('25');
    }
    await page.getByTestId('suitability-run').click();
    await expect.poll(() => page.getByTestId('verdict-blocked').isVisible(), POLL).toBe(true);

    const suspended = page.getByTestId('findings-product-BT001');
    expect(await suspended.getByTestId('finding-product_not_approved').getAttribute('data-severity')).toBe(
      'block',
    );
    const rr5 = page.getByTestId('findings-product-HH001');
    const gradeFinding = rr5.getByTestId('finding-grade_exceeded');
    expect(await gradeFinding.getAttribute('data-severity')).toBe('needs_approval');
    expect(await gradeFinding.innerText()).toContain('RR5');
    expect(await page.getByTestId('findings-product-KL002').locator('[data-severity]').count()).toBe(0);
    await expectAccessible(page, 'suitability check with findings');
  });

  it('overrides the grade finding with a written reason and a supervisor approval', async () => {
    const rr5 = page.getByTestId('findings-product-HH001');
    await rr5.getByTestId('finding-grade_exceeded-request').click();
    await page
      .getByTestId('override-reason')
      .fill('客戶堅持加碼台灣科技股，已說明超出風險等級之損失風險並留存錄音。');
    await page.getByTestId('override-request-submit').click();
    await expect.poll(() => rr5.getByTestId('finding-grade_exceeded-pending').isVisible(), POLL).toBe(true);

    await rr5.getByTestId('finding-grade_exceeded-decide').click();
    await page.getByTestId('override-supervisor').fill('王督導');
    await page.getByTestId('override-reference').fill('覆核-2026-118');
    await expectAccessible(page, 'override approval dialog');
    await page.getByTestId('override-approve').click();

    await page.getByTestId('suitability-run').click();
    await expect
      .poll(() => rr5.getByTestId('finding-grade_exceeded').getAttribute('data-severity'), POLL)
      .toBe('overridden');
    // The suspended product still blocks: a block is never overridden.
    await expect.poll(() => page.getByTestId('verdict-blocked').isVisible(), POLL).toBe(true);
  });

  it('shows the override request and its approval in the audit trail', async () => {
    await page.getByTestId('nav-compliance').click();
    await page.locator('[data-node-key="audit"]').click();
    const trail = page.locator('.ant-table-tbody');
    await expect.poll(() => trail.innerText(), POLL).toContain('核准');
    const text = await trail.innerText();
    expect(text).toContain(CLIENT.name);
    expect(text).toMatch(/申請.*例外|例外.*申請/);
    await expectAccessible(page, 'audit trail with the override');
  });
});
