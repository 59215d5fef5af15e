// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsProvider } from '../../renderer/src/app/settings';
import { QuestionnaireVersions } from '../../renderer/src/features/kyc/QuestionnaireVersions';
import { DEFAULT_SETTINGS } from '../../shared/features/settings';
import { fakeApi, mount, ok, settle } from './harness';

const BUILT_IN = {
  id: 'default',
  version: 1,
  title: { 'zh-TW': '客戶風險屬性評估問卷', en: 'Client risk profile questionnaire' },
  questionCount: 13,
  importedAt: null,
  active: true,
};
const PROBLEM = {
  'zh-TW': '第 5 題（q_horizon）：選項分數重複',
  en: 'Question 5 (q_horizon): duplicate option points',
  questionId: 'q_horizon',
};

let view: ReturnType<typeof mount>;
afterEach(() => view.unmount());

async function choose(text: string) {
  const input = view.byTestId('kyc-import-input') as HTMLInputElement;
  const file = new File([text], 'questionnaire.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle(5);
}

describe('importing a questionnaire version from the settings', () => {
  it('lists the versions with the active one, and shows every problem of a refused file naming its question', async () => {
    const fake = fakeApi({
      'settings.get': () => ok(DEFAULT_SETTINGS),
      'kyc.questionnaires': () => ok([BUILT_IN]),
      'kyc.importQuestionnaire': () => ({
        ok: false,
        error: { code: 'VALIDATION', message: 'x', details: { problems: [PROBLEM] } },
      }),
    });
    view = mount(fake.api);
    await view.render(
      <SettingsProvider>
        <QuestionnaireVersions />
      </SettingsProvider>,
    );
    expect(view.byTestId('kyc-versions')!.textContent).toContain('default@1');
    expect(view.byTestId('kyc-versions')!.textContent).toContain('使用中');
    await choose('{"id": "firm"}');
    expect(fake.calls.find((c) => c.channel === 'kyc.importQuestionnaire')!.input).toEqual({
      document: { id: 'firm' },
    });
    expect(view.byTestId('kyc-problems')!.textContent).toContain('第 5 題（q_horizon）：選項分數重複');
  });

  it('does not send a file that is not JSON', async () => {
    const fake = fakeApi({
      'settings.get': () => ok(DEFAULT_SETTINGS),
      'kyc.questionnaires': () => ok([BUILT_IN]),
    });
    view = mount(fake.api);
    await view.render(
      <SettingsProvider>
        <QuestionnaireVersions />
      </SettingsProvider>,
    );
    await choose('{ not json');
    expect(fake.channels()).not.toContain('kyc.importQuestionnaire');
    expect(view.text()).toContain('檔案不是有效的 JSON');
  });
});
