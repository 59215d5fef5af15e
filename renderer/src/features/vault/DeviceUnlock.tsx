import { useState } from 'react';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { useApi } from '../../app/api-context';

/**
 * "Remember on this computer": unlock with the key the OS keychain keeps, or forget it. Shown only
 * where the desktop app has a real keychain (never in the browser host).
 */
export function DeviceUnlock({
  onUnlocked,
  onForgotten,
  onError,
}: {
  onUnlocked: () => void;
  onForgotten: () => void;
  onError: (error: ErrorInfo) => void;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  async function unlock() {
    setBusy(true);
    const result = await api.invoke('vault.unlockWithDevice', {});
    setBusy(false);
    if (result.ok) onUnlocked();
    else onError(result.error);
  }

  async function forget() {
    const result = await api.invoke('vault.forgetDevice', {});
    if (result.ok) onForgotten();
    else onError(result.error);
  }

  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
      <Button block loading={busy} onClick={() => void unlock()} data-testid="unlock-with-device">
        {t('unlock.withDevice')}
      </Button>
      <Button type="link" size="small" onClick={() => void forget()} data-testid="forget-device">
        {t('unlock.forgetDevice')}
      </Button>
    </Space>
  );
}
