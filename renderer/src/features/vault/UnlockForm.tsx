import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateValidation } from '../../../../shared/i18n/messages';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { useApi } from '../../app/api-context';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { DeviceUnlock } from './DeviceUnlock';

interface UnlockValues {
  passphrase: string;
  remember?: boolean;
}

interface DeviceState {
  available: boolean;
  remembered: boolean;
}

export function UnlockForm({ onUnlocked }: { onUnlocked: () => void }) {
  const api = useApi();
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [device, setDevice] = useState<DeviceState>({ available: false, remembered: false });

  useEffect(() => {
    let current = true;
    void api.invoke('vault.status', {}).then((result) => {
      if (current && result.ok) {
        setDevice({
          available: result.value.deviceUnlockAvailable,
          remembered: result.value.deviceRemembered,
        });
      }
    });
    return () => {
      current = false;
    };
  }, [api]);

  async function submit({ passphrase, remember }: UnlockValues) {
    setBusy(true);
    setError(null);
    const result = await api.invoke('vault.unlock', { passphrase, remember: Boolean(remember) });
    setBusy(false);
    if (result.ok) onUnlocked();
    else setError(result.error);
  }

  return (
    <Form<UnlockValues> layout="vertical" onFinish={submit} requiredMark={false}>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={errorText(error)}
          className="form-alert"
          data-testid="unlock-error"
        />
      ) : null}
      <Form.Item
        name="passphrase"
        label={t('unlock.passphrase')}
        rules={[{ required: true, message: translateValidation('validation.required', language) }]}
      >
        <Input.Password data-testid="unlock-passphrase" autoComplete="current-password" autoFocus />
      </Form.Item>
      {device.remembered ? (
        <DeviceUnlock
          onUnlocked={onUnlocked}
          onForgotten={() => setDevice({ ...device, remembered: false })}
          onError={setError}
        />
      ) : null}
      {device.available && !device.remembered ? (
        <Form.Item name="remember" valuePropName="checked">
          <Checkbox data-testid="unlock-remember">{t('unlock.remember')}</Checkbox>
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" loading={busy} block data-testid="unlock-submit">
        {t('unlock.submit')}
      </Button>
    </Form>
  );
}
