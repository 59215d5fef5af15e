// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedClient } from '../../renderer/src/features/clients/clientFormModel';
import { mountClientForm, settle } from './harness';

/** Types into an input the way a keyboard does, so React sees an input event. */
async function type(input: HTMLInputElement, text: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('amount fields of the client form', () => {
  let view: Awaited<ReturnType<typeof mountClientForm>>;
  let container: HTMLElement;
  let saved: ParsedClient[];

  beforeEach(async () => {
    window.localStorage.clear();
    view = await mountClientForm({
      name: '陳美玲',
      nationalId: 'A223456781',
      gender: 'F',
      acquisitionSource: 'referral',
      status: 'prospect',
      investableAssets: [{ currency: 'TWD', amount: null }],
      tags: [],
      household: [],
    });
    container = view.container;
    saved = view.saved;
  });
  afterEach(() => view.unmount());

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
