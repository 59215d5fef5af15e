// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiContext } from '../../renderer/src/app/api-context';
import { LanguageProvider } from '../../renderer/src/app/language';
import { SettingsProvider } from '../../renderer/src/app/settings';
import { DEFAULT_SETTINGS } from '../../shared/features/settings';
import { ClientForm } from '../../renderer/src/features/clients/ClientForm';
import { NEW_CLIENT_VALUES, type ParsedClient } from '../../renderer/src/features/clients/clientFormModel';
import { createApi } from '../../renderer/src/lib/api';
import type { Client } from '../../shared/features/clients/schema';
import type { Result } from '../../shared/ipc/result';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('new-client form: gender from the national ID', () => {
  let container: HTMLDivElement;
  let root: Root;
  let saved: Extract<ParsedClient, { ok: true }>[];

  beforeEach(async () => {
    window.localStorage.clear();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    saved = [];
    const api = createApi(async (channel): Promise<Result<unknown>> =>
      channel === 'settings.get'
        ? { ok: true, value: DEFAULT_SETTINGS }
        : { ok: true, value: { total: 0, items: [] } },
    );
    const save = async (parsed: Extract<ParsedClient, { ok: true }>): Promise<Result<Client>> => {
      saved.push(parsed);
      return { ok: false, error: { code: 'INTERNAL', message: 'not saved in this test' } };
    };
    await act(async () => {
      root.render(
        <LanguageProvider>
          <ApiContext.Provider value={api}>
            <SettingsProvider>
              <ClientForm
                mode="create"
                initialValues={NEW_CLIENT_VALUES}
                save={save}
                onCancel={() => undefined}
              />
            </SettingsProvider>
          </ApiContext.Provider>
        </LanguageProvider>,
      );
    });
    await settle();
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
  const genderShown = () => byTestId('field-gender').querySelector('.ant-select-content')?.textContent;

  async function type(testId: string, text: string) {
    const input = byTestId(testId) as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    await act(async () => {
      setValue.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
  }

  async function submit(): Promise<void> {
    await act(async () => byTestId('save-client').click());
    await settle();
    await settle();
  }

  it('fills 女 for a second digit 2 and 男 when the ID is corrected to a 1, and saves it', async () => {
    expect(genderShown()).toBe('未提供');
    await type('field-name', '林芳');
    await type('field-nationalId', 'b201234568');
    expect(genderShown()).toBe('女');
    await type('field-nationalId', 'A123456789');
    expect(genderShown()).toBe('男');
    await submit();
    expect(saved.map((s) => s.data.gender)).toEqual(['M']);
  });

  it('leaves the gender alone while the ID is incomplete, and once the user chose one', async () => {
    await type('field-nationalId', 'B20123');
    expect(genderShown()).toBe('未提供');
    await act(async () => {
      byTestId('field-gender')
        .querySelector('.ant-select-content')!
        .dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    await settle();
    const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
      (el) => el.textContent === '男',
    );
    await act(async () => option!.click());
    await settle();
    expect(genderShown()).toBe('男');
    await type('field-nationalId', 'B201234568');
    expect(genderShown()).toBe('男');
  });
});
