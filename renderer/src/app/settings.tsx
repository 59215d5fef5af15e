import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { Button, ConfigProvider, Result as AntResult, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/features/settings';
import { useChannelQuery } from '../lib/queries';
import { useErrorText } from './useErrorText';

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

/** Loads the settings once unlocked and themes antd with the firm's colour. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const query = useChannelQuery('settings.get', {});
  const state = useMemo(() => (query.data ? { settings: query.data } : null), [query.data]);

  if (!state) {
    if (query.error) {
      return (
        <AntResult
          status="error"
          title={errorText(query.error)}
          extra={<Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>}
        />
      );
    }
    return <Spin fullscreen description={t('common.loading')} />;
  }
  return (
    <SettingsContext.Provider value={state}>
      <ConfigProvider theme={{ token: { colorPrimary: state.settings.branding.primaryColor } }}>
        {children}
      </ConfigProvider>
    </SettingsContext.Provider>
  );
}
