import { useState, type ReactNode } from 'react';
import { Alert, Button, Divider, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { passphraseProblem } from '../../../../shared/features/vault';
import { translateValidation } from '../../../../shared/i18n/messages';
import { useLanguage } from '../../app/language';
import { vaultStarts } from '../../app/feature-slots';
import type { VaultStart } from '../../app/slots';
import { useErrorText } from '../../app/useErrorText';
import { useChannelMutation } from '../../lib/queries';
import { RecoveryCodeStep } from './RecoveryCodeStep';
import { VaultCard } from './VaultCard';

interface SetupValues {
  passphrase: string;
  confirm: string;
}

/**
 * First run: choose a passphrase, then see the recovery code once; or start another way (a
 * feature's `vaultStarts`: restore from a backup when moving to a new computer).
 */
export function SetupScreen({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  // The vault state is asked again only once the code is written down (onDone), not at success.
  const setup = useChannelMutation('vault.setup', { invalidates: [] });
  const { error } = setup;
  const [start, setStart] = useState<VaultStart | null>(null);

  if (start) {
    return (
      <VaultCard title={t(start.labelKey)}>
        <start.Start onDone={onDone} vaultExists={false} />
        <Button type="link" block onClick={() => setStart(null)} data-testid="setup-new-instead">
          {t('setup.newInstead')}
        </Button>
      </VaultCard>
    );
  }

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
      {vaultStarts().map((other) => (
        <div key={other.key}>
          <Divider plain>{t('setup.or')}</Divider>
          <Button block onClick={() => setStart(other)} data-testid={`setup-start-${other.key}`}>
            {t(other.labelKey)}
          </Button>
        </div>
      ))}
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
  return (
    <Form<SetupValues>
      layout="vertical"
      onFinish={onSubmit}
      onValuesChange={onValuesChange}
      requiredMark={false}
    >
      {leading}
      <NewPassphraseItems passphraseLabel={passphraseLabel} testIds={testIds} />
      <Button type="primary" htmlType="submit" loading={busy} block data-testid={testIds.submit}>
        {submitLabel}
      </Button>
    </Form>
  );
}

/**
 * The new passphrase and its confirmation as items of the surrounding form (fields `name` and
 * `confirm`), with setup's rules and messages: setup, recovery, a change, a restore with the recovery code.
 */
export function NewPassphraseItems({
  name = 'passphrase',
  passphraseLabel,
  testIds,
}: {
  name?: string;
  passphraseLabel?: string | undefined;
  testIds: { passphrase: string; confirm: string };
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <>
      <Form.Item
        name={name}
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
        dependencies={[name]}
        rules={[
          { required: true, message: translateValidation('validation.required', language) },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || getFieldValue(name) === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('setup.mismatch'))),
          }),
        ]}
      >
        <Input.Password data-testid={testIds.confirm} autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
