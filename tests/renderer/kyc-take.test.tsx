// @vitest-environment happy-dom
import { act } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsProvider } from '../../renderer/src/app/settings';
import { TakePage } from '../../renderer/src/features/kyc/TakePage';
import { DEFAULT_QUESTIONNAIRE, scoreAnswers, type Answers } from '../../shared/features/kyc';
import { CLIENT, click, fakeApi, mount, ok, settle } from './harness';
import { DEFAULT_SETTINGS } from '../../shared/features/settings';

const STANDING = (elderly: boolean) =>
  ok({
    profile: null,
    state: 'none',
    expiringSoon: false,
    materialChange: false,
    elderlyQuestionsMissing: false,
    reassessmentOffered: true,
    age: elderly ? 70 : 58,
    elderly,
  });

function core(elderly: boolean) {
  return fakeApi({
    'settings.get': () => ok(DEFAULT_SETTINGS),
    'clients.get': () => ok(CLIENT),
    'kyc.questionnaire': () => ok(DEFAULT_QUESTIONNAIRE),
    'kyc.profile': () => STANDING(elderly),
    'kyc.take': (input: { answers: Answers }) => {
      const result = scoreAnswers(DEFAULT_QUESTIONNAIRE, input.answers, {
        elderly,
        gradeScale: 'five',
        gradeRule: 'lower',
      });
      if (!result.ok)
        return {
          ok: false,
          error: { code: 'VALIDATION', message: 'x', details: { problems: result.problems } },
        };
      return ok({
        id: '0f8e3c1a-9999-4222-8333-444455556666',
        clientId: CLIENT.id,
        questionnaire: { id: 'default', version: 1 },
        answers: input.answers,
        ...result.scoring,
        gradeRule: 'lower',
        elderly,
        age: 58,
        takenOn: '2026-11-30',
        validUntil: '2027-11-29',
        takenAt: '2026-11-30T02:00:00.000Z',
        advisor: null,
        snapshot: { annualIncomeTwd: null, investableAssets: [], occupation: null },
        confirmation: null,
        review: null,
      });
    },
  });
}

async function press(key: string) {
  await act(async () => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
  await settle(1);
}

let view: ReturnType<typeof mount>;
afterEach(() => view.unmount());

async function mountTake(elderly: boolean) {
  const fake = core(elderly);
  view = mount(fake.api);
  const page = (
    <SettingsProvider>
      <TakePage clientId={CLIENT.id} />
    </SettingsProvider>
  );
  await view.render(<RouterProvider router={createMemoryRouter([{ path: '/', element: page }])} />);
  return fake;
}

describe('taking the questionnaire, one question per screen', () => {
  it('is answered from the keyboard: a number chooses, Enter or → goes on, ← goes back', async () => {
    const fake = await mountTake(false);
    expect(view.byTestId('kyc-progress')!.textContent).toBe('第 1 題，共 10 題');
    expect(view.byTestId('kyc-question')!.textContent).toContain(
      DEFAULT_QUESTIONNAIRE.questions[0]!.text['zh-TW'],
    );
    // Without an answer, Enter stays on the question.
    await press('Enter');
    expect(view.byTestId('kyc-progress')!.textContent).toBe('第 1 題，共 10 題');
    await press('2');
    await press('Enter');
    expect(view.byTestId('kyc-progress')!.textContent).toBe('第 2 題，共 10 題');
    await press('ArrowLeft');
    expect(view.byTestId('kyc-progress')!.textContent).toBe('第 1 題，共 10 題');
    // The answer is kept when coming back.
    expect((view.byTestId('kyc-option-2') as HTMLInputElement).checked).toBe(true);
    for (let i = 0; i < 10; i += 1) {
      await press('2');
      await press('ArrowRight');
    }
    await settle();
    const taken = fake.calls.find((c) => c.channel === 'kyc.take')!.input as { answers: Answers };
    expect(Object.keys(taken.answers)).toHaveLength(10);
    expect(Object.values(taken.answers)).toEqual(
      DEFAULT_QUESTIONNAIRE.questions.slice(0, 10).map((q) => q.options[1]!.id),
    );
    expect(view.byTestId('kyc-result-grade')!.textContent).toBe('C2 穩健偏保守');
  });

  it('asks a client of 65 or more the elderly questions too', async () => {
    await mountTake(true);
    expect(view.byTestId('kyc-progress')!.textContent).toBe('第 1 題，共 13 題');
    expect(view.text()).toContain('客戶 70 歲，適用高齡客戶評估');
    await click(view.byTestId('kyc-option-1'));
    expect((view.byTestId('kyc-option-1') as HTMLInputElement).checked).toBe(true);
  });
});
