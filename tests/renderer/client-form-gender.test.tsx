// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NEW_CLIENT_VALUES, type ParsedClient } from '../../renderer/src/features/clients/clientFormModel';
import { mountClientForm, settle } from './harness';

describe('new-client form: gender from the national ID', () => {
  let view: Awaited<ReturnType<typeof mountClientForm>>;
  let container: HTMLElement;
  let saved: Extract<ParsedClient, { ok: true }>[];

  beforeEach(async () => {
    window.localStorage.clear();
    view = await mountClientForm(NEW_CLIENT_VALUES);
    container = view.container;
    saved = view.saved;
  });
  afterEach(() => view.unmount());

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
