import { useState } from 'react';
import { Alert, App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateValidation } from '../../../../shared/i18n/messages';
import { useLanguage } from '../../app/language';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { useErrorText } from '../../app/useErrorText';
import { useChannelMutation } from '../../lib/queries';
import { NewPassphraseFields } from '../vault';

const FORM = 'passphrase';

/** Re-wraps the data key under a new passphrase; the recovery code stays valid. */
export function ChangePassphraseForm({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [formKey, setFormKey] = useState(0);
  const change = useChannelMutation('vault.changePassphrase', {
    onSuccess() {
      guard.saved(FORM);
      void message.success(t('settings.passphraseChanged'));
      setFormKey((k) => k + 1);
    },
  });

  return (
    <>
      {change.error ? (
        <Alert type="error" showIcon title={errorText(change.error)} className="form-alert" />
      ) : null}
      <NewPassphraseFields
        passphraseLabel={t('passphrase.new')}
        key={formKey}
        onSubmit={(values: { current?: string; passphrase: string }) =>
          change.mutate({ currentPassphrase: values.current ?? '', newPassphrase: values.passphrase })
        }
        onValuesChange={() => guard.changed(FORM)}
        busy={change.isPending}
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
