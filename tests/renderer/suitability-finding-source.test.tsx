// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGE_KEY } from '../../renderer/src/app/i18n';
import { FindingRow } from '../../renderer/src/features/suitability/FindingRow';
import type { Language } from '../../shared/i18n/messages';
import type { Finding, FindingCode } from '../../shared/features/suitability';
import { diversified, equalItems, product, profile, run } from '../shared/features/suitability/fixtures';
import { appCore, mount } from './harness';

let view: ReturnType<typeof mount> | null = null;
beforeEach(() => window.localStorage.clear());
afterEach(() => {
  view?.unmount();
  view = null;
});

/** The finding with this code from a real check. */
function finding(code: FindingCode, result: ReturnType<typeof run>): Finding {
  const found = result.findings.find((f) => f.code === code);
  if (!found) throw new Error(`no ${code} in ${result.findings.map((f) => f.code).join(',')}`);
  return found;
}

/** The finding's source line as the row shows it, and its tooltip. */
async function source(f: Finding, language: Language) {
  window.localStorage.setItem(LANGUAGE_KEY, language);
  view?.unmount();
  view = mount(appCore().api);
  await view.render(<FindingRow finding={f} pending={null} onRequest={() => {}} onDecide={() => {}} />);
  const line = view.container.querySelector<HTMLElement>('.suitability-finding-source')!;
  return { text: line.textContent, title: line.getAttribute('title') };
}

const gradeExceeded = finding('grade_exceeded', run({ profile: profile(3) }, diversified({ riskRating: 4 })));
const foreignTo70 = finding(
  'elderly_foreign_proactive',
  run({ age: 70 }, diversified({ riskRating: 1, isForeign: true }, { rationale: '客戶需求' })),
);
const professionalConcentration = finding(
  'concentration_product',
  run({ investorClass: 'professional_natural' }, equalItems([product()])),
);

describe('a finding’s source in words', () => {
  it('names the rule and the setting with the 設定 form’s words in zh-TW, the ids in the tooltip', async () => {
    const { text, title } = await source(gradeExceeded, 'zh-TW');
    expect(text).toBe('規則：客戶等級與商品風險對照 · 設定：C3 穩健型可推介上限 = RR3');
    expect(title).toBe('grade.matrix · suitability.maxRiskByGrade.five[2] = 3');
  });

  it('reads the same in English', async () => {
    const { text } = await source(gradeExceeded, 'en');
    expect(text).toBe('Rule: Client grade against product risk · Setting: Highest RR for C3 Moderate = RR3');
  });

  it('formats ages, yes/no, percents and investor classes, without Latin words in zh-TW', async () => {
    const elderly = await source(foreignTo70, 'zh-TW');
    expect(elderly.text).toBe(
      '規則：高齡客戶境外商品 · 設定：高齡客戶年齡（歲以上） = 65 · 設定：高齡客戶不主動推介境外商品 = 是',
    );
    expect(elderly.title).toBe(
      'elderly.foreign · kyc.elderlyAge = 65 · suitability.elderly.noProactiveForeign = true',
    );

    const concentration = await source(professionalConcentration, 'zh-TW');
    expect(concentration.text).toContain('設定：單一商品上限 = 30%');
    expect(concentration.text).toContain('集中度僅提醒（不須核准）的投資人類別 = 專業投資人（自然人）、');
    for (const { text } of [elderly, concentration])
      expect(text!.replace(/RR\d/g, '')).not.toMatch(/[A-Za-z]/);

    const english = await source(professionalConcentration, 'en');
    expect(english.text).toContain('Setting: One product at most = 30%');
    expect(english.text).toContain('Investor classes for whom concentration is only a warning = ');
  });
});
