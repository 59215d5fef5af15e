import { useState } from 'react';
import { Alert, App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateValidation } from '../../../../shared/i18n/messages';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { useApi } from '../../app/api-context';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { NewPassphraseFields } from '../vault/SetupScreen';

/** Re-wraps the data key under a new passphrase; the recovery code stays valid. */
export function ChangePassphraseForm() {
  const api = useApi();
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);

  async function submit(values: { current?: string; passphrase: string }) {
    setBusy(true);
    setError(null);
    const result = await api.invoke('vault.changePassphrase', {
      currentPassphrase: values.current ?? '',
      newPassphrase: values.passphrase,
    });
    setBusy(false);
    if (result.ok) {
      void message.success(t('settings.passphraseChanged'));
      setFormKey((k) => k + 1);
    } else setError(result.error);
  }

  return (
    <>
      {error ? <Alert type="error" showIcon title={errorText(error)} className="form-alert" /> : null}
      <NewPassphraseFields
        passphraseLabel={t('passphrase.new')}
        key={formKey}
        onSubmit={submit}
        busy={busy}
        submitLabel={t('settings.changePassphrase')}
        testIds={{
          passphrase: 'new-passphrase',
          confirm: 'new-passphrase-confirm',
          submit: 'change-passphrase-submit',
        }}
        leading={
          <Form.Item
            name="current"
            label={t('settings.currentPassphrase')}
            rules={[{ required: true, message: translateValidation('validation.required', language) }]}
          >
            <Input.Password data-testid="current-passphrase" autoComplete="current-password" />
          </Form.Item>
        }
      />
    </>
  );
}
