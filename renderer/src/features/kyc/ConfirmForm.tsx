import { App, Button, DatePicker, Flex, Form, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  CONFIRMATION_METHODS,
  CONFIRMATION_METHOD_WORDS,
  type Assessment,
  type ConfirmationMethod,
} from '../../../../shared/features/kyc';
import { today } from '../../../../shared/kernel/dates';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelMutation } from '../../lib/queries';
import { useKycWords } from './useKycWords';

interface ConfirmValues {
  method: ConfirmationMethod;
  on: Dayjs;
}

/** The client's confirmation of the result: how (signature, seal, electronic) and on which day. */
export function ConfirmForm({
  assessment,
  onConfirmed,
}: {
  assessment: Assessment;
  onConfirmed(a: Assessment): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const formats = useFormats();
  const { words } = useKycWords();
  const { timeZone } = useSettings().settings;
  const confirm = useChannelMutation('kyc.confirm', {
    invalidates: ['kyc', 'audit'],
    onSuccess(value) {
      void message.success(t('kyc.confirmed'));
      onConfirmed(value);
    },
    onError: (error) => void message.error(errorText(error)),
  });

  return (
    <Form<ConfirmValues>
      layout="inline"
      initialValues={{ method: 'signature', on: dayjs(today(timeZone)) }}
      onFinish={(values) =>
        confirm.mutate({
          assessmentId: assessment.id,
          method: values.method,
          on: values.on.format('YYYY-MM-DD'),
        })
      }
    >
      <Flex wrap gap="middle" align="center">
        <Form.Item name="method" label={t('kyc.method')}>
          <Radio.Group
            data-testid="kyc-confirm-method"
            options={CONFIRMATION_METHODS.map((method) => ({
              value: method,
              label: words(CONFIRMATION_METHOD_WORDS[method]),
            }))}
          />
        </Form.Item>
        <Form.Item name="on" label={t('kyc.confirmedOn')} rules={[{ required: true }]}>
          <DatePicker format={formats.picker} allowClear={false} data-testid="kyc-confirm-on" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={confirm.isPending} data-testid="kyc-confirm">
          {t('kyc.confirm')}
        </Button>
      </Flex>
    </Form>
  );
}
