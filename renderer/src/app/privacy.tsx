import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/**
 * The app-wide privacy toggle (hide amounts, keep percentages), for a screen a client can see.
 * It lives for the session (sessionStorage: a reload keeps it, a new window or a restart starts
 * with amounts shown) and is read where money is formatted (useFormats), so a hidden amount is
 * never written into the page at all — not drawn and then hidden with CSS.
 */
export const MONEY_MASK = '＊＊＊＊';
const STORAGE_KEY = 'advisordesk.hideAmounts';

interface PrivacyState {
  hideAmounts: boolean;
  setHideAmounts: (hide: boolean) => void;
}

const PrivacyContext = createContext<PrivacyState>({ hideAmounts: false, setHideAmounts: () => {} });

export function usePrivacy(): PrivacyState {
  return useContext(PrivacyContext);
}

function stored(): boolean {
  try {
    return sessionStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** Ctrl+Shift+H (⌘⇧H on a Mac) anywhere in the app flips the toggle. */
export function isPrivacyShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>) {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'h';
}

export function PrivacyProvider({ children }: { children: ReactNode }) {
  const [hideAmounts, setHideAmounts] = useState(stored);
  useEffect(() => {
    try {
      sessionStorage.setItem(STORAGE_KEY, hideAmounts ? '1' : '0');
    } catch {
      // Storage refused (a locked-down profile): the toggle still holds for this page.
    }
  }, [hideAmounts]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPrivacyShortcut(event)) return;
      event.preventDefault();
      setHideAmounts((hide) => !hide);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const value = useMemo(() => ({ hideAmounts, setHideAmounts }), [hideAmounts, setHideAmounts]);
  return <PrivacyContext.Provider value={value}>{children}</PrivacyContext.Provider>;
}
