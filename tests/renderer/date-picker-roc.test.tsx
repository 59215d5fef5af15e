// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datePickerFormats, READ_DATE_FORMAT } from '../../renderer/src/lib/dayjsRoc';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ROC_PICKER = datePickerFormats('roc');

describe('date pickers in the ROC style', () => {
  let container: HTMLDivElement;
  let root: Root;
  let picked: (string | null)[];

  beforeEach(async () => {
    picked = [];
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => {
      root.render(
        <DatePicker
          format={ROC_PICKER}
          defaultValue={dayjs('2026-11-02')}
          onChange={(value: Dayjs | null) => picked.push(value ? value.format('YYYY-MM-DD') : null)}
        />,
      );
    });
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const input = () => container.querySelector('input')!;

  async function typeAndEnter(text: string) {
    await act(async () => {
      input().focus();
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input(), text);
      input().dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
  }

  it('shows the compact ROC form', () => {
    expect(input().value).toBe('115/11/02');
  });

  // antd makes the input read-only when the first format is a function: nobody could type a date.
  it('lets the user type into the input', () => {
    expect(input().readOnly).toBe(false);
  });

  it('reads a typed ROC date, and still an ISO one', async () => {
    await typeAndEnter('115/11/30');
    expect(picked.at(-1)).toBe('2026-11-30');
    await typeAndEnter('2026-12-01');
    expect(picked.at(-1)).toBe('2026-12-01');
  });

  it('reads dates the way the kernel reads them, and nothing else', () => {
    expect(dayjs('民國115年11月30日', READ_DATE_FORMAT, true).format('YYYY-MM-DD')).toBe('2026-11-30');
    expect(dayjs('115/02/30', READ_DATE_FORMAT, true).isValid()).toBe(false);
    expect(dayjs('soon', READ_DATE_FORMAT, true).isValid()).toBe(false);
    expect(dayjs('2026-11-30', 'YYYY-MM-DD', true).isValid()).toBe(true);
  });
});
