import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Button, ConfigProvider, Result as AntResult, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '../../../shared/features/settings';
import type { ErrorInfo, Result } from '../../../shared/ipc/result';
import { useApi } from './api-context';
import { appTheme } from './theme';
import { useErrorText } from './useErrorText';

interface SettingsState {
  settings: Settings;
  /** Saves a patch; the context takes the stored settings the core answers with. */
  update: (patch: SettingsPatch) => Promise<Result<Settings>>;
}

const SettingsContext = createContext<SettingsState | null>(null);

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useSettings outside SettingsProvider');
  return state;
}

/** Loads the settings once unlocked and themes antd with the firm's colour (made legible). */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);

  const load = useCallback(
    () =>
      api.invoke('settings.get', {}).then((result) => {
        setSettings(result.ok ? result.value : null);
        setError(result.ok ? null : result.error);
      }),
    [api],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const update = useCallback(
    async (patch: SettingsPatch) => {
      const result = await api.invoke('settings.update', patch);
      if (result.ok) setSettings(result.value);
      return result;
    },
    [api],
  );

  const state = useMemo(() => (settings ? { settings, update } : null), [settings, update]);

  if (error) {
    return (
      <AntResult
        status="error"
        title={errorText(error)}
        extra={<Button onClick={() => void load()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!state) return <Spin fullscreen description={t('common.loading')} />;
  return (
    <SettingsContext.Provider value={state}>
      <ConfigProvider theme={appTheme(state.settings.branding.primaryColor)}>{children}</ConfigProvider>
    </SettingsContext.Provider>
  );
}
