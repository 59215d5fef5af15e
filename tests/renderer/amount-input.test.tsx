// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiContext } from '../../renderer/src/app/api-context';
import { LanguageProvider } from '../../renderer/src/app/language';
import { SettingsProvider } from '../../renderer/src/app/settings';
import { ClientForm } from '../../renderer/src/features/clients/ClientForm';
import type { ParsedClient } from '../../renderer/src/features/clients/clientFormModel';
import { createApi } from '../../renderer/src/lib/api';
import { DEFAULT_SETTINGS } from '../../shared/features/settings';
import type { Result } from '../../shared/ipc/result';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Types into an input the way a keyboard does, so React sees an input event. */
async function type(input: HTMLInputElement, text: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('amount fields of the client form', () => {
  let container: HTMLDivElement;
  let root: Root;
  let saved: ParsedClient[];

  beforeEach(async () => {
    window.localStorage.clear();
    saved = [];
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    const api = createApi(async (channel): Promise<Result<unknown>> => {
      if (channel === 'settings.get') return { ok: true, value: DEFAULT_SETTINGS };
      return { ok: true, value: { total: 0, items: [] } };
    });
    await act(async () => {
      root.render(
        <LanguageProvider>
          <ApiContext.Provider value={api}>
            <SettingsProvider>
              <ClientForm
                mode="create"
                initialValues={{
                  name: '陳美玲',
                  nationalId: 'A223456781',
                  gender: 'F',
                  acquisitionSource: 'referral',
                  status: 'prospect',
                  investableAssets: [{ currency: 'TWD', amount: null }],
                  tags: [],
                  household: [],
                }}
                save={async (parsed) => {
                  saved.push(parsed);
                  return { ok: false, error: { code: 'INTERNAL', message: 'not stored in this test' } };
                }}
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

  const input = (id: string) => {
    const element = container.querySelector(`[data-testid="${id}"]`);
    if (!(element instanceof HTMLInputElement)) throw new Error(`no input ${id}`);
    return element;
  };
  const submit = async () => {
    await act(async () => container.querySelector<HTMLElement>('[data-testid="save-client"]')!.click());
    await settle();
    await settle();
  };

  it('reads 500萬 as 5,000,000 and groups digits while typing', async () => {
    await type(input('field-asset-amount-0'), '500萬');
    await type(input('field-annualIncomeTwd'), '1234567');
    expect(input('field-asset-amount-0').value).toBe('500萬');
    expect(input('field-annualIncomeTwd').value).toBe('1,234,567');
    await type(input('field-annualIncomeTwd'), '1,234,5678');
    expect(input('field-annualIncomeTwd').value).toBe('12,345,678');

    await submit();
    expect(saved).toHaveLength(1);
    const parsed = saved[0]!;
    expect(parsed.ok && parsed.data.investableAssets).toEqual([{ currency: 'TWD', amount: 5_000_000 }]);
    expect(parsed.ok && parsed.data.annualIncomeTwd).toBe(12_345_678);
  });

  it('reads 1.2億 and full-width digits', async () => {
    await type(input('field-asset-amount-0'), '１.２億');
    await submit();
    const parsed = saved[0]!;
    expect(parsed.ok && parsed.data.investableAssets).toEqual([{ currency: 'TWD', amount: 120_000_000 }]);
  });

  it('refuses what it cannot read with a zh-TW message instead of keeping a part of it', async () => {
    await type(input('field-asset-amount-0'), '五百萬');
    await submit();
    expect(saved).toHaveLength(0);
    expect(input('field-asset-amount-0').value).toBe('五百萬');
    expect(container.textContent).toContain('無法辨識的金額');
  });
});
