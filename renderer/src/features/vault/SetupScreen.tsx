import type { ReactNode } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { passphraseProblem } from '../../../../shared/features/vault';
import { translateValidation } from '../../../../shared/i18n/messages';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useChannelMutation } from '../../lib/queries';
import { RecoveryCodeStep } from './RecoveryCodeStep';
import { VaultCard } from './VaultCard';

interface SetupValues {
  passphrase: string;
  confirm: string;
}

/** First run: choose a passphrase, then see the recovery code once. */
export function SetupScreen({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  // The vault state is asked again only once the code is written down (onDone), not at success.
  const setup = useChannelMutation('vault.setup', { invalidates: [] });
  const { error } = setup;

  if (setup.data) {
    return (
      <VaultCard title={t('setup.recoveryTitle')}>
        <RecoveryCodeStep code={setup.data.recoveryCode} onContinue={onDone} />
      </VaultCard>
    );
  }
  return (
    <VaultCard title={t('setup.title')}>
      <p>{t('setup.intro')}</p>
      {error ? <Alert type="error" showIcon title={errorText(error)} className="form-alert" /> : null}
      <NewPassphraseFields
        onSubmit={(values) => setup.mutate({ passphrase: values.passphrase })}
        busy={setup.isPending}
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
  onValuesChange,
}: {
  onSubmit: (values: SetupValues) => void | Promise<void>;
  busy: boolean;
  submitLabel: string;
  testIds: { passphrase: string; confirm: string; submit: string };
  leading?: ReactNode;
  /** "New passphrase" where an old one exists (recovery, change); "Passphrase" at setup. */
  passphraseLabel?: string;
  /** Hears typing, for the unsaved-changes warning of a settings page. */
  onValuesChange?: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Form<SetupValues>
      layout="vertical"
      onFinish={onSubmit}
      onValuesChange={onValuesChange}
      requiredMark={false}
    >
      {leading}
      <Form.Item
        name="passphrase"
        label={passphraseLabel ?? t('setup.passphrase')}
        extra={t('setup.passphraseHint')}
        rules={[
          { required: true, message: translateValidation('validation.required', language) },
          {
            validator: (_rule, value: string | undefined) => {
              const problem = value ? passphraseProblem(value) : null;
              return problem
                ? Promise.reject(new Error(translateValidation(problem, language)))
                : Promise.resolve();
            },
          },
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
