import { useCallback, useEffect, useState } from 'react';
import { Button, Result as AntResult, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VaultState } from '../../../shared/ipc/contract';
import type { ErrorInfo } from '../../../shared/ipc/result';
import { SetupScreen } from '../features/vault';
import { UnlockScreen } from '../features/vault';
import { useApi } from './api-context';
import { AppShell } from './AppShell';
import { SettingsProvider } from './settings';
import { useActivityTouch } from './useActivityTouch';
import { useErrorText } from './useErrorText';
import { useStatusPoll } from './useStatusPoll';

type GateState = { kind: 'loading' } | { kind: 'error'; error: ErrorInfo } | { kind: VaultState };

/**
 * Chooses the screen from the vault state. Everything with client data lives below the unlocked
 * branch, so locking unmounts it and drops that data from memory.
 */
export function VaultGate() {
  const api = useApi();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [state, setState] = useState<GateState>({ kind: 'loading' });

  const refresh = useCallback(
    () =>
      api.invoke('vault.status', {}).then((result) => {
        setState(result.ok ? { kind: result.value.state } : { kind: 'error', error: result.error });
      }),
    [api],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      api.onError((error) => {
        if (error.code === 'LOCKED') setState({ kind: 'locked' });
      }),
    [api],
  );

  const onVaultState = useCallback((kind: VaultState) => setState({ kind }), []);

  const lock = useCallback(async () => {
    await api.invoke('vault.lock', {});
    setState({ kind: 'locked' });
  }, [api]);

  switch (state.kind) {
    case 'loading':
      return <Spin fullscreen description={t('common.loading')} />;
    case 'error':
      return (
        <main>
          <AntResult
            status="error"
            title={<h1 className="result-title">{errorText(state.error)}</h1>}
            extra={<Button onClick={() => void refresh()}>{t('common.retry')}</Button>}
          />
        </main>
      );
    case 'uninitialized':
      return <SetupScreen onDone={() => void refresh()} />;
    case 'locked':
      return <UnlockScreen onUnlocked={() => setState({ kind: 'unlocked' })} />;
    case 'unlocked':
      return <UnlockedSession onLock={lock} onVaultState={onVaultState} />;
  }
}

function UnlockedSession({
  onLock,
  onVaultState,
}: {
  onLock: () => Promise<void>;
  onVaultState: (state: VaultState) => void;
}) {
  const api = useApi();
  useActivityTouch(api);
  useStatusPoll(api, onVaultState);
  return (
    <SettingsProvider>
      <AppShell onLock={onLock} />
    </SettingsProvider>
  );
}
