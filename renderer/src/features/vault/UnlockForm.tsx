import { Alert, Button, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateValidation } from '../../../../shared/i18n/messages';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { DeviceUnlock } from './DeviceUnlock';

interface UnlockValues {
  passphrase: string;
  remember?: boolean;
}

/** Unlock by passphrase; a success refreshes the vault state, which opens the app. */
export function UnlockForm() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const status = useChannelQuery('vault.status', {});
  const unlock = useChannelMutation('vault.unlock');
  const device = useChannelMutation('vault.unlockWithDevice');
  const forget = useChannelMutation('vault.forgetDevice');
  const remembered = status.data?.deviceRemembered ?? false;
  const available = status.data?.deviceUnlockAvailable ?? false;
  // Starting one way clears the others' errors, so at most one is shown.
  const error = [unlock, device, forget].find((m) => m.error)?.error ?? null;

  return (
    <Form<UnlockValues>
      layout="vertical"
      onFinish={({ passphrase, remember }) => {
        device.reset();
        forget.reset();
        unlock.mutate({ passphrase, remember: Boolean(remember) });
      }}
      requiredMark={false}
    >
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
      {remembered ? (
        <DeviceUnlock
          busy={device.isPending}
          onUnlock={() => {
            unlock.reset();
            forget.reset();
            device.mutate({});
          }}
          onForget={() => {
            unlock.reset();
            device.reset();
            forget.mutate({});
          }}
        />
      ) : null}
      {available && !remembered ? (
        <Form.Item name="remember" valuePropName="checked">
          <Checkbox data-testid="unlock-remember">{t('unlock.remember')}</Checkbox>
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" loading={unlock.isPending} block data-testid="unlock-submit">
        {t('unlock.submit')}
      </Button>
    </Form>
  );
}
