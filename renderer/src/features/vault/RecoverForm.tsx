import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateValidation } from '../../../../shared/i18n/messages';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useChannelMutation } from '../../lib/queries';
import { NewPassphraseFields } from './SetupScreen';

/** Unlocks with the recovery code written down at setup and sets a new passphrase. */
export function RecoverForm() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const recover = useChannelMutation('vault.recover');

  return (
    <>
      {recover.error ? (
        <Alert type="error" showIcon title={errorText(recover.error)} className="form-alert" />
      ) : null}
      <NewPassphraseFields
        passphraseLabel={t('passphrase.new')}
        onSubmit={(values: { recoveryCode?: string; passphrase: string }) =>
          recover.mutate({
            recoveryCode: (values.recoveryCode ?? '').trim(),
            newPassphrase: values.passphrase,
          })
        }
        busy={recover.isPending}
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
