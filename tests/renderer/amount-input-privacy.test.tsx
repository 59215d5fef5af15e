// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { MONEY_MASK, PrivacyProvider } from '../../renderer/src/app/privacy';
import { AmountInput, type AmountValue } from '../../renderer/src/lib/AmountInput';

/** The privacy toggle reaches amounts being typed, not only amounts shown (a screen a client can see). */

function Field({ seen }: { seen: AmountValue[] }) {
  const [value, setValue] = useState<AmountValue>(5_000_000);
  return (
    <AmountInput
      value={value}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
      aria-label="金額"
      data-testid="amount"
    />
  );
}

async function mountField(hideAmounts: boolean) {
  sessionStorage.setItem('advisordesk.hideAmounts', hideAmounts ? '1' : '0');
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  const seen: AmountValue[] = [];
  await act(async () =>
    root.render(
      <PrivacyProvider>
        <Field seen={seen} />
      </PrivacyProvider>,
    ),
  );
  const input = container.querySelector<HTMLInputElement>('[data-testid="amount"]')!;
  return { input, seen, unmount: () => act(() => root.unmount()) };
}

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  sessionStorage.clear();
});

describe('an amount field with the privacy toggle on', () => {
  it('shows the mask until it has the focus, the amount while typing, and the mask again after', async () => {
    const field = await mountField(true);
    unmount = field.unmount;
    expect(field.input.value).toBe(MONEY_MASK);
    await act(async () => field.input.focus());
    expect(field.input.value).toBe('5,000,000');
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field.input, '600萬');
      field.input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(field.seen).toEqual([6_000_000]);
    await act(async () => field.input.blur());
    expect(field.input.value).toBe(MONEY_MASK);
  });

  it('shows the amount with the toggle off', async () => {
    const field = await mountField(false);
    unmount = field.unmount;
    expect(field.input.value).toBe('5,000,000');
  });
});
