import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateValidation } from '../../../../shared/i18n/messages';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { useApi } from '../../app/api-context';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';

export function UnlockForm({ onUnlocked }: { onUnlocked: () => void }) {
  const api = useApi();
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit({ passphrase }: { passphrase: string }) {
    setBusy(true);
    setError(null);
    const result = await api.invoke('vault.unlock', { passphrase });
    setBusy(false);
    if (result.ok) onUnlocked();
    else setError(result.error);
  }

  return (
    <Form<{ passphrase: string }> layout="vertical" onFinish={submit} requiredMark={false}>
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
      <Button type="primary" htmlType="submit" loading={busy} block data-testid="unlock-submit">
        {t('unlock.submit')}
      </Button>
    </Form>
  );
}
