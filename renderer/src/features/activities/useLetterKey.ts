import { useEffect, useRef } from 'react';

/** Whether a key press is meant for a field, a list or an open dialog rather than a page shortcut. */
export function isTypingTarget(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return (
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    event.isComposing ||
    Boolean(
      target?.closest('input, textarea, select, [contenteditable="true"], [role="combobox"], .ant-modal'),
    )
  );
}

/** Calls `onPress` when the page gets this letter (no modifiers) outside fields and dialogs. */
export function useLetterKey(letter: string, onPress: () => void, enabled = true): void {
  const latest = useRef(onPress);
  useEffect(() => {
    latest.current = onPress;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== letter || isTypingTarget(event)) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [letter, enabled]);
}
