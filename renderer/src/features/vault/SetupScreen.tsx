import { useState, type ReactNode } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateValidation } from '../../../../shared/i18n/messages';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { useApi } from '../../app/api-context';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { RecoveryCodeStep } from './RecoveryCodeStep';
import { VaultCard } from './VaultCard';

interface SetupValues {
  passphrase: string;
  confirm: string;
}

/** First run: choose a passphrase, then see the recovery code once. */
export function SetupScreen({ onDone }: { onDone: () => void }) {
  const api = useApi();
  const { t } = useTranslation();
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const errorText = useErrorText();

  async function submit(values: SetupValues) {
    setBusy(true);
    setError(null);
    const result = await api.invoke('vault.setup', { passphrase: values.passphrase });
    setBusy(false);
    if (result.ok) setRecoveryCode(result.value.recoveryCode);
    else setError(result.error);
  }

  if (recoveryCode !== null) {
    return (
      <VaultCard title={t('setup.recoveryTitle')}>
        <RecoveryCodeStep code={recoveryCode} onContinue={onDone} />
      </VaultCard>
    );
  }
  return (
    <VaultCard title={t('setup.title')}>
      <p>{t('setup.intro')}</p>
      {error ? <Alert type="error" showIcon title={errorText(error)} className="form-alert" /> : null}
      <NewPassphraseFields
        onSubmit={submit}
        busy={busy}
        submitLabel={t('setup.submit')}
        testIds={{ passphrase: 'setup-passphrase', confirm: 'setup-confirm', submit: 'setup-submit' }}
      />
    </VaultCard>
  );
}

/** A passphrase with its confirmation, validated the way the contract validates it. */
export function NewPassphraseFields({
  onSubmit,
  busy,
  submitLabel,
  testIds,
  leading,
  passphraseLabel,
}: {
  onSubmit: (values: SetupValues) => void | Promise<void>;
  busy: boolean;
  submitLabel: string;
  testIds: { passphrase: string; confirm: string; submit: string };
  leading?: ReactNode;
  /** "New passphrase" where an old one exists (recovery, change); "Passphrase" at setup. */
  passphraseLabel?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Form<SetupValues> layout="vertical" onFinish={onSubmit} requiredMark={false}>
      {leading}
      <Form.Item
        name="passphrase"
        label={passphraseLabel ?? t('setup.passphrase')}
        extra={t('setup.passphraseHint')}
        rules={[
          { required: true, message: translateValidation('validation.required', language) },
          { min: 10, message: translateValidation('validation.passphrase.short', language) },
          { max: 1024, message: translateValidation('validation.tooLong', language) },
        ]}
      >
        <Input.Password data-testid={testIds.passphrase} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('setup.confirm')}
        dependencies={['passphrase']}
        rules={[
          { required: true, message: translateValidation('validation.required', language) },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || getFieldValue('passphrase') === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('setup.mismatch'))),
          }),
        ]}
      >
        <Input.Password data-testid={testIds.confirm} autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block data-testid={testIds.submit}>
        {submitLabel}
      </Button>
    </Form>
  );
}
