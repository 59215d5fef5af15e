import { useEffect } from 'react';
import type { VaultState } from '../../../shared/features/vault';
import type { ApiClient } from '../lib/api';

export const STATUS_POLL_MS = 15_000;

/** Asks the core for the vault state every 15 s, so an auto-lock there shows here. */
export function useStatusPoll(api: ApiClient, onChange: (state: VaultState) => void): void {
  useEffect(() => {
    const timer = window.setInterval(() => {
      void api.invoke('vault.status', {}).then((result) => {
        if (result.ok && result.value.state !== 'unlocked') onChange(result.value.state);
      });
    }, STATUS_POLL_MS);
    return () => window.clearInterval(timer);
  }, [api, onChange]);
}
