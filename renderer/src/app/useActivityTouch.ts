import { useEffect } from 'react';
import type { ApiClient } from '../lib/api';

export const TOUCH_INTERVAL_MS = 60_000;
const ACTIVITY_EVENTS = ['mousemove', 'keydown', 'click'] as const;

/** Tells the core the user is active, at most once a minute, which postpones auto-lock. */
export function useActivityTouch(api: ApiClient): void {
  useEffect(() => {
    let last = Date.now();
    const onActivity = () => {
      const now = Date.now();
      if (now - last < TOUCH_INTERVAL_MS) return;
      last = now;
      void api.invoke('vault.touch', {});
    };
    ACTIVITY_EVENTS.forEach((name) => window.addEventListener(name, onActivity, { passive: true }));
    return () => ACTIVITY_EVENTS.forEach((name) => window.removeEventListener(name, onActivity));
  }, [api]);
}
