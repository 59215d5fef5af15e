import { Alert, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { activationInputSchema } from '../../../../shared/features/investor-classes';
import { ClassDialog, type ApplicationDialogProps } from './ClassDialog';
import { DateField, isoDay } from './formParts';
import { useClassSubmit } from './useClassSubmit';

/**
 * 設定分類生效: the effective date. The core checks the evidence and the criteria again on that
 * day and refuses with its reasons, shown here in the user's language.
 */
export function ActivateDialog({ application, open, onClose }: ApplicationDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ effectiveOn?: Dayjs | null }>();
  const submission = useClassSubmit('classes.activate', form, ['effectiveOn'], onClose);
  return (
    <ClassDialog
      open={open}
      title={t('classes.activateTitle')}
      testId="class-activate"
      submission={submission}
      okText={t('classes.activate')}
      onClose={onClose}
      onFinish={() =>
        void submission.submit(activationInputSchema, {
          applicationId: application.id,
          effectiveOn: isoDay(form.getFieldValue('effectiveOn') as Dayjs | null),
        })
      }
    >
      {application.investorClass !== 'high_asset' ? (
        <Alert className="form-alert-top" type="warning" showIcon title={t('classes.warningTitle')} />
      ) : null}
      <DateField name="effectiveOn" labelKey="classes.effectiveOn" testId="class-effectiveOn" />
    </ClassDialog>
  );
}
