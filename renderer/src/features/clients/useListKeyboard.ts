import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

/** A field the user types into: its keys are its own (`/` is a character there). */
const isTyping = (target: HTMLElement) =>
  target.closest(
    'input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable="true"], [role="combobox"]',
  ) !== null;

/**
 * The list's page keys: `/` goes to the search box, Esc clears the selection. Neither applies in
 * a dialog or while typing in a field.
 */
export function useListShortcuts({
  searchRef,
  onEscape,
}: {
  searchRef: RefObject<{ focus(): void } | null>;
  onEscape: () => void;
}) {
  const latest = useRef(onEscape);
  useEffect(() => {
    latest.current = onEscape;
  });
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      const target = event.target instanceof HTMLElement ? event.target : document.body;
      if (target.closest('.ant-modal, .ant-select-dropdown, .ant-picker-dropdown') || isTyping(target))
        return;
      if (event.key === '/') {
        event.preventDefault();
        searchRef.current?.focus();
      } else if (event.key === 'Escape') {
        latest.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [searchRef]);
}

/**
 * The rows' keys, with one row in the tab order at a time (roving tabindex): ↑ ↓ move the focus
 * (the table scrolls it into view), Enter opens the dossier, Space ticks the row.
 */
export function useRowKeys({
  total,
  bodyRef,
  scrollTo,
  open,
  toggle,
}: {
  total: number;
  bodyRef: RefObject<HTMLElement | null>;
  scrollTo: (index: number) => void;
  open: (clientId: string) => void;
  toggle: (clientId: string) => void;
}) {
  const [focused, setFocused] = useState(0);
  // The row to focus once it is drawn: a virtual row scrolled to is rendered a frame later.
  const pending = useRef<number | null>(null);

  useEffect(() => {
    if (pending.current === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-row-index="${pending.current}"]`);
    if (row?.dataset.clientId) {
      row.focus();
      pending.current = null;
    }
  });

  const move = (to: number) => {
    const index = Math.max(0, Math.min(total - 1, to));
    pending.current = index;
    setFocused(index);
    scrollTo(index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-row-index]');
    if (!row) return;
    const index = Number(row.dataset.rowIndex);
    const clientId = row.dataset.clientId;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(index + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && target === row && clientId) {
      event.preventDefault();
      open(clientId);
    } else if (event.key === ' ' && target === row && clientId) {
      event.preventDefault();
      toggle(clientId);
    }
  };

  /** A row focused by a click or Tab becomes the one in the tab order. */
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row-index]');
    if (row) setFocused(Number(row.dataset.rowIndex));
  };

  return { focused, onKeyDown, onFocus };
}
