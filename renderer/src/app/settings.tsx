import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import type { Settings } from '../../../shared/features/settings';
import { useChannelQuery } from '../lib/queries';
import { QueryFallback } from './QueryFallback';
import { appTheme } from './theme';

interface SettingsState {
  settings: Settings;
}

const SettingsContext = createContext<SettingsState | null>(null);

/** The stored settings; a `settings.update` mutation refreshes them (same channel prefix). */
export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useSettings outside SettingsProvider');
  return state;
}

/** Loads the settings once unlocked and themes antd with the firm's colour (made legible). */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const query = useChannelQuery('settings.get', {});
  const state = useMemo(() => (query.data ? { settings: query.data } : null), [query.data]);

  if (!state) return <QueryFallback error={query.error} retry={() => void query.refetch()} />;
  return (
    <SettingsContext.Provider value={state}>
      <ConfigProvider theme={appTheme(state.settings.branding.primaryColor)}>{children}</ConfigProvider>
    </SettingsContext.Provider>
  );
}
