import { useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { Input, type InputRef } from 'antd';
import { groupTypedAmount, parseAmount } from '../../../shared/kernel/money';
import { MONEY_MASK, usePrivacy } from '../app/privacy';

/**
 * What an amount field holds: a number once the text reads as one, null when blank, and the text
 * itself when it cannot be read, so validation refuses it (validation.amount) instead of the field
 * silently keeping a part of it (typing 500萬 into a number box used to give 500).
 */
export type AmountValue = number | string | null;

/** Text a stored value is shown as: digits grouped, decimals only when there are any. */
function textOf(value: AmountValue | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? groupTypedAmount(String(value)) : value;
}

function valueOf(text: string): AmountValue {
  if (text.trim() === '') return null;
  return parseAmount(text) ?? text;
}

/**
 * A money field for antd forms that reads 萬 and 億 and thousands separators (500萬, 1.2億,
 * 1,234,567, full-width digits) and groups the digits while the user types. With the privacy
 * toggle on, a filled field shows the mask except while it has the focus (the advisor is typing
 * in it), so a form left open on a screen a client can see shows no amount.
 */
export function AmountInput({
  value,
  onChange,
  prefix,
  onBlur,
  ...rest
}: {
  value?: AmountValue;
  onChange?: (value: AmountValue) => void;
  prefix?: string;
  className?: string;
  'aria-label'?: string;
  'data-testid'?: string;
  onBlur?: () => void;
}) {
  const inputRef = useRef<InputRef>(null);
  const [text, setText] = useState(() => textOf(value));
  const { hideAmounts } = usePrivacy();
  const [editing, setEditing] = useState(false);
  const masked = hideAmounts && !editing && text !== '';
  // The caret's distance from the end survives regrouping ("1234" → "1,234" keeps it after the 4).
  const caretFromEnd = useRef<number | null>(null);

  // A value set from outside (a reset, a reloaded client) replaces the text; our own echo does not.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (valueOf(text) !== value) setText(textOf(value));
  }

  useLayoutEffect(() => {
    const element = inputRef.current?.input;
    if (!element || caretFromEnd.current === null) return;
    const position = Math.max(0, text.length - caretFromEnd.current);
    element.setSelectionRange(position, position);
    caretFromEnd.current = null;
  }, [text]);

  function change(event: ChangeEvent<HTMLInputElement>) {
    const raw = event.target.value;
    caretFromEnd.current = raw.length - (event.target.selectionStart ?? raw.length);
    const grouped = groupTypedAmount(raw);
    setText(grouped);
    const next = valueOf(grouped);
    setShown(next);
    onChange?.(next);
  }

  return (
    <Input
      {...rest}
      ref={inputRef}
      value={masked ? MONEY_MASK : text}
      onChange={change}
      onFocus={() => setEditing(true)}
      onBlur={() => {
        setEditing(false);
        onBlur?.();
      }}
      prefix={prefix}
      inputMode="decimal"
      autoComplete="off"
    />
  );
}
