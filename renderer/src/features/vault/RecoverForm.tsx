import { useState } from 'react';
import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateValidation } from '../../../../shared/i18n/messages';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { useApi } from '../../app/api-context';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { NewPassphraseFields } from './SetupScreen';

/** Unlocks with the recovery code written down at setup and sets a new passphrase. */
export function RecoverForm({ onRecovered }: { onRecovered: () => void }) {
  const api = useApi();
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: { recoveryCode?: string; passphrase: string }) {
    setBusy(true);
    setError(null);
    const result = await api.invoke('vault.recover', {
      recoveryCode: (values.recoveryCode ?? '').trim(),
      newPassphrase: values.passphrase,
    });
    setBusy(false);
    if (result.ok) onRecovered();
    else setError(result.error);
  }

  return (
    <>
      {error ? <Alert type="error" showIcon title={errorText(error)} className="form-alert" /> : null}
      <NewPassphraseFields
        passphraseLabel={t('passphrase.new')}
        onSubmit={submit}
        busy={busy}
        submitLabel={t('unlock.recoverSubmit')}
        testIds={{ passphrase: 'recover-passphrase', confirm: 'recover-confirm', submit: 'recover-submit' }}
        leading={
          <Form.Item
            name="recoveryCode"
            label={t('unlock.recoveryCode')}
            rules={[{ required: true, message: translateValidation('validation.required', language) }]}
          >
            <Input data-testid="recover-code" autoComplete="off" spellCheck={false} />
          </Form.Item>
        }
      />
    </>
  );
}
