import { Alert, App, Button, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Override } from '../../../../shared/features/suitability';
import { translateValidation } from '../../../../shared/i18n/messages';
import { today } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useFormats } from '../../app/useFormats';
import { useChannelMutation } from '../../lib/queries';
import { useOverrideErrorText } from './useOverrideErrorText';

interface DecisionValues {
  supervisorName: string;
  approvedOn: Dayjs | null;
  reference: string;
  rejectionReason: string;
}

/**
 * The supervisor's decision on an override: approval with name, date and reference, or rejection
 * with a reason. Each is an audit entry on the client.
 */
export function OverrideDecisionDialog({
  override,
  onClose,
  onApproved,
}: {
  override: Override | null;
  onClose: () => void;
  onApproved?: (override: Override) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { timeZone } = useSettings().settings;
  const formats = useFormats();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const errorText = useOverrideErrorText();
  const approve = useChannelMutation('suitability.approveOverride');
  const reject = useChannelMutation('suitability.rejectOverride');
  const required = [
    { required: true, whitespace: true, message: translateValidation('validation.required', language) },
  ];
  const close = () => {
    form.resetFields();
    approve.reset();
    reject.reset();
    onClose();
  };

  async function decide(action: 'approve' | 'reject') {
    if (!override) return;
    const fields: (keyof DecisionValues)[] =
      action === 'approve'
        ? ['supervisorName', 'approvedOn', 'reference']
        : ['supervisorName', 'rejectionReason'];
    const values = await form.validateFields(fields).catch(() => null);
    if (!values) return;
    if (action === 'approve') {
      const approved = await approve
        .mutateAsync({
          id: override.id,
          supervisorName: values.supervisorName,
          approvedOn: values.approvedOn!.format('YYYY-MM-DD'),
          reference: values.reference,
        })
        .catch(() => null);
      if (!approved) return;
      void message.success(t('override.approved'));
      close();
      onApproved?.(approved);
    } else {
      const rejected = await reject
        .mutateAsync({
          id: override.id,
          supervisorName: values.supervisorName,
          reason: values.rejectionReason,
        })
        .catch(() => null);
      if (!rejected) return;
      void message.success(t('override.rejected'));
      close();
    }
  }

  const error = approve.error ?? reject.error;
  return (
    <Modal
      open={override !== null}
      title={t('override.decideTitle')}
      onCancel={close}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="reject"
          danger
          loading={reject.isPending}
          onClick={() => void decide('reject')}
          data-testid="override-reject"
        >
          {t('override.reject')}
        </Button>,
        <Button
          key="approve"
          type="primary"
          loading={approve.isPending}
          onClick={() => void decide('approve')}
          data-testid="override-approve"
        >
          {t('override.approve')}
        </Button>,
      ]}
    >
      {override ? (
        <>
          <Typography.Paragraph strong>{override.message[language]}</Typography.Paragraph>
          <Typography.Paragraph>
            {t('override.reason')}：{override.reason}
          </Typography.Paragraph>
        </>
      ) : null}
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        initialValues={{
          supervisorName: '',
          approvedOn: dayjs(today(timeZone)),
          reference: '',
          rejectionReason: '',
        }}
      >
        <Form.Item name="supervisorName" label={t('override.supervisorName')} rules={required}>
          <Input maxLength={60} data-testid="override-supervisor" />
        </Form.Item>
        <Form.Item
          name="approvedOn"
          label={t('override.approvedOn')}
          rules={[{ required: true, message: translateValidation('validation.required', language) }]}
        >
          <DatePicker format={formats.picker} data-testid="override-approved-on" />
        </Form.Item>
        <Form.Item name="reference" label={t('override.reference')} rules={required}>
          <Input maxLength={100} data-testid="override-reference" />
        </Form.Item>
        <Form.Item
          name="rejectionReason"
          label={t('override.rejectionReason')}
          extra={t('override.rejectionHint')}
          rules={required}
          required={false}
        >
          <Input.TextArea rows={2} maxLength={2000} data-testid="override-rejection-reason" />
        </Form.Item>
      </Form>
      {error ? (
        <Alert type="error" showIcon data-testid="override-decision-error" title={errorText(error)} />
      ) : null}
    </Modal>
  );
}
