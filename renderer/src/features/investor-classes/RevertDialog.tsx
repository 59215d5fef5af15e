import { Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { reversionInputSchema } from '../../../../shared/features/investor-classes';
import { ClassDialog, type ApplicationDialogProps } from './ClassDialog';
import { DateField, isoDay, useRequiredRule } from './formParts';
import { useClassSubmit } from './useClassSubmit';

interface Values {
  revertedOn?: Dayjs | null;
  reason?: string;
}

/** 恢復為一般投資人: from which day, and why (kept with the record, never in the audit detail). */
export function RevertDialog({ application, open, onClose }: ApplicationDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const required = useRequiredRule();
  const submission = useClassSubmit('classes.revert', form, ['revertedOn', 'reason'], onClose);
  function finish() {
    const values = form.getFieldsValue(true) as Values;
    void submission.submit(reversionInputSchema, {
      applicationId: application.id,
      revertedOn: isoDay(values.revertedOn),
      reason: values.reason ?? '',
    });
  }
  return (
    <ClassDialog
      open={open}
      title={t('classes.revertTitle')}
      testId="class-revert"
      submission={submission}
      okText={t('classes.revert')}
      onClose={onClose}
      onFinish={finish}
    >
      <Typography.Paragraph>{t('classes.revertIntro')}</Typography.Paragraph>
      <DateField name="revertedOn" labelKey="classes.revertedOn" testId="class-revertedOn" />
      <Form.Item name="reason" label={t('classes.reason')} rules={[required]}>
        <Input.TextArea maxLength={500} rows={3} data-testid="class-reason" />
      </Form.Item>
    </ClassDialog>
  );
}
