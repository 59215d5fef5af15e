import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * "Remember on this computer": unlock with the key the OS keychain keeps, or forget it. Shown only
 * where the desktop app has a real keychain (never in the browser host).
 */
export function DeviceUnlock({
  busy,
  onUnlock,
  onForget,
}: {
  busy: boolean;
  onUnlock: () => void;
  onForget: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
      <Button block loading={busy} onClick={onUnlock} data-testid="unlock-with-device">
        {t('unlock.withDevice')}
      </Button>
      <Button type="link" size="small" onClick={onForget} data-testid="forget-device">
        {t('unlock.forgetDevice')}
      </Button>
    </Space>
  );
}
