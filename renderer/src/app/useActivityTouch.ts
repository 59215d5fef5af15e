import { useEffect } from 'react';
import { useChannelMutation } from '../lib/queries';

export const TOUCH_INTERVAL_MS = 60_000;
const ACTIVITY_EVENTS = ['mousemove', 'keydown', 'click'] as const;

/** Tells the core the user is active, at most once a minute, which postpones auto-lock. */
export function useActivityTouch(): void {
  const { mutate: touch } = useChannelMutation('vault.touch', { invalidates: [] });
  useEffect(() => {
    let last = Date.now();
    const onActivity = () => {
      const now = Date.now();
      if (now - last < TOUCH_INTERVAL_MS) return;
      last = now;
      touch({});
    };
    ACTIVITY_EVENTS.forEach((name) => window.addEventListener(name, onActivity, { passive: true }));
    return () => ACTIVITY_EVENTS.forEach((name) => window.removeEventListener(name, onActivity));
  }, [touch]);
}
