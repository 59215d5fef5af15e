import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONNAIRE } from '../../shared/features/kyc';
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

const PASSPHRASE = 'kyc end to end 2026';
const CLIENT = { name: '簡寧', nationalId: 'F131104093' };
/** The third option of each question: a C3 on both dimensions, nothing inconsistent. */
const THIRD = 3;

describe('KYC end to end: take the questionnaire with the client, confirm, see the grade on the dossier', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const bodyText = () => page.locator('body').innerText();

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('a new client has no risk profile yet; the dossier card offers the assessment', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('new-client-button').click();
    await page.getByTestId('field-name').fill(CLIENT.name);
    await page.getByTestId('field-nationalId').fill(CLIENT.nationalId);
    await page.getByTestId('save-client').click();
    await expect.poll(() => page.getByTestId('kyc-none').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'dossier with the KYC card (none yet)');
  });

  it('takes the questionnaire one question per screen, from the keyboard', async () => {
    await page.getByTestId('kyc-take').click();
    await expect.poll(() => page.getByTestId('kyc-progress').innerText(), POLL).toBe('第 1 題，共 10 題');
    // No birth date on file: the advisor is told the elderly rules cannot be checked.
    expect(await page.getByTestId('kyc-age-unknown').isVisible()).toBe(true);
    await expectAccessible(page, 'KYC take screen');
    for (let n = 1; n <= 10; n += 1) {
      await expect
        .poll(() => page.getByTestId('kyc-progress').innerText(), POLL)
        .toBe(`第 ${n} 題，共 10 題`);
      await page.keyboard.press(String(THIRD));
      await expect.poll(() => page.getByTestId(`kyc-option-${THIRD}`).isChecked(), POLL).toBe(true);
      await page.keyboard.press(n === 5 ? 'ArrowRight' : 'Enter');
    }
    await expect.poll(() => page.getByTestId('kyc-result-grade').innerText(), POLL).toBe('C3 穩健型');
    expect(await bodyText()).toContain('9 分（C3 穩健型）');
    await expectAccessible(page, 'KYC result and confirmation');
  });

  it('records the confirmation and shows the grade, state and expiry on the dossier', async () => {
    await page.getByTestId('kyc-confirm').click();
    await expect.poll(() => page.getByTestId('kyc-confirmed').isVisible(), POLL).toBe(true);
    await page.getByTestId('kyc-to-dossier').click();
    await expect.poll(() => page.getByTestId('kyc-grade').innerText(), POLL).toBe('C3 穩健型');
    expect(await page.getByTestId('kyc-state').first().innerText()).toBe('有效');
    expect(await page.getByTestId('kyc-history').innerText()).toContain('default@1');
    await expectAccessible(page, 'dossier with a current KYC profile');
  });

  it('lists a flagged profile in 合規 and opens the client from its row', async () => {
    const clientId = await createClient(host, {
      name: '林芳',
      nationalId: 'B201234568',
      birthDate: '1950-02-01',
    });
    const answers = Object.fromEntries(DEFAULT_QUESTIONNAIRE.questions.map((q) => [q.id, q.options[1]!.id]));
    const taken = (await callHost(host, 'kyc.take', {
      clientId,
      answers: { ...answers, q_elderly_wellbeing: 'cognitive' },
    })) as { ok: boolean };
    expect(taken.ok).toBe(true);

    await page.getByTestId('nav-compliance').click();
    await page.getByRole('tab', { name: 'KYC 到期與覆核' }).click();
    await expect.poll(() => page.url(), POLL).toContain('tab=kyc');
    const flagged = page.getByTestId('kyc-due-flagged-table');
    await expect.poll(() => flagged.innerText(), POLL).toContain('林芳');
    expect(await flagged.innerText()).toContain('顧問觀察到記憶或理解上的疑慮');
    await expectAccessible(page, '合規 KYC tab');
    await flagged.getByTestId('kyc-due-client').click();
    await expect.poll(() => page.getByTestId('dossier-name').innerText(), POLL).toContain('林芳');
    await expect.poll(() => page.getByTestId('kyc-state').first().innerText(), POLL).toBe('待覆核');
    expect(await bodyText()).toContain('高齡客戶');
    await expectAccessible(page, 'dossier with a flagged elderly profile');
  });

  it('shows the KYC settings and the active questionnaire version', async () => {
    await page.getByTestId('nav-settings').click();
    await expect.poll(() => page.getByTestId('kyc-versions').innerText(), POLL).toContain('default@1');
    expect(await page.getByTestId('kyc-versions').innerText()).toContain('使用中');
    await expectAccessible(page, 'settings with the KYC section');
  });
});
