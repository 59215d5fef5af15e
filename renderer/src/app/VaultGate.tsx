import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { LaunchLinkHelp, SetupScreen, UnlockScreen } from '../features/vault';
import { channelKey, queryHasPrefix, useChannelMutation, useChannelQuery } from '../lib/queries';
import { useApi } from './api-context';
import { AppShell } from './AppShell';
import { QueryFallback } from './QueryFallback';
import { PrivacyProvider } from './privacy';
import { SettingsProvider } from './settings';
import { useActivityTouch } from './useActivityTouch';

/** How often the unlocked app asks the core for the vault state, so an auto-lock there shows here. */
export const STATUS_POLL_MS = 15_000;
const STATUS = channelKey('vault.status', {});

/**
 * Chooses the screen from the vault state. Everything with client data lives below the unlocked
 * branch, so locking unmounts it, and the cached answers of every other channel are dropped.
 */
export function VaultGate() {
  const api = useApi();
  const queryClient = useQueryClient();
  const status = useChannelQuery('vault.status', {});
  const lock = useChannelMutation('vault.lock');
  // Without the launch token no call can ever succeed: retrying is pointless, a fresh link is not.
  const tokenRefused = status.error?.code === 'UNAUTHORIZED';
  const sessionOpen = status.data?.state === 'unlocked' && !tokenRefused;

  // A LOCKED answer anywhere means the core locked itself (auto-lock): ask for the state again.
  useEffect(
    () =>
      api.onError((error) => {
        if (error.code === 'LOCKED') void queryClient.invalidateQueries({ queryKey: STATUS });
      }),
    [api, queryClient],
  );

  useEffect(() => {
    if (sessionOpen) return;
    queryClient.removeQueries({ predicate: (query) => !queryHasPrefix(query, ['vault']) });
    queryClient.getMutationCache().clear();
  }, [sessionOpen, queryClient]);

  if (tokenRefused) return <LaunchLinkHelp />;
  if (!status.data) return <QueryFallback error={status.error} retry={() => void status.refetch()} />;
  switch (status.data.state) {
    case 'uninitialized':
      return <SetupScreen onDone={() => void status.refetch()} />;
    case 'locked':
      return <UnlockScreen />;
    case 'unlocked':
      return <UnlockedSession onLock={() => lock.mutate({})} />;
  }
}

function UnlockedSession({ onLock }: { onLock: () => void }) {
  useActivityTouch();
  useChannelQuery('vault.status', {}, { refetchInterval: STATUS_POLL_MS });
  return (
    <SettingsProvider>
      <PrivacyProvider>
        <AppShell onLock={onLock} />
      </PrivacyProvider>
    </SettingsProvider>
  );
}
