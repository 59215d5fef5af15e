import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/features/suitability';
import { translateValidation } from '../../../../shared/i18n/messages';
import { useLanguage } from '../../app/language';
import { useChannelMutation } from '../../lib/queries';
import { useOverrideErrorText } from './useOverrideErrorText';

/** The advisor asks for an override of a finding that needs approval, with a written reason. */
export function OverrideRequestDialog({
  checkId,
  finding,
  onClose,
}: {
  checkId: string;
  finding: Finding | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const refusalText = useOverrideErrorText();
  const request = useChannelMutation('suitability.requestOverride');
  const close = () => {
    form.resetFields();
    request.reset();
    onClose();
  };

  return (
    <Modal
      open={finding !== null}
      title={t('override.requestTitle')}
      okText={t('override.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: request.isPending, 'data-testid': 'override-request-submit' }}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('override.requestIntro')}</Typography.Paragraph>
      {finding ? <Typography.Paragraph strong>{finding.message[language]}</Typography.Paragraph> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={({ reason }) =>
          finding &&
          request.mutate(
            { checkId, code: finding.code, productId: finding.productId, subject: finding.subject, reason },
            {
              onSuccess: () => {
                void message.success(t('override.requested'));
                close();
              },
            },
          )
        }
      >
        <Form.Item
          name="reason"
          label={t('override.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: translateValidation('validation.required', language),
            },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} data-testid="override-reason" />
        </Form.Item>
      </Form>
      {request.error ? (
        <Alert type="error" showIcon data-testid="override-error" title={refusalText(request.error)} />
      ) : null}
    </Modal>
  );
}
