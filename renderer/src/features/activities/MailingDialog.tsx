import { Alert, App, DatePicker, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_FIELD_WORDS } from '../../../../shared/features/activities';
import { today as todayIn } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useFormats } from '../../app/useFormats';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { useChannelMutation } from '../../lib/queries';
import { ContactFields } from './ContactFields';
import { checkActivity, emptyActivityValues, type ActivityFormValues } from './activityFormModel';
import { useActivityFormErrors } from './useActivityFormErrors';

/**
 * 記錄寄送 on the client list's selection bar: one contact (a DM, an email...) logged for every
 * selected client, all or none. Starts as a DM sent today.
 */
export function MailingDialog({ clientIds, onClose }: { clientIds: readonly string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { settings } = useSettings();
  const formats = useFormats();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivityFormValues>();
  const errors = useActivityFormErrors(form);
  const addMany = useChannelMutation('activities.addMany', { invalidates: ['activities', 'audit', 'tiers'] });
  const today = todayIn(settings.timeZone);

  async function finish() {
    errors.reset();
    const checked = checkActivity('contact', form.getFieldsValue(true) as ActivityFormValues, today);
    if (!checked.ok) {
      errors.show(checked.issues);
      return;
    }
    if (checked.activity.kind !== 'contact') return;
    try {
      const done = await addMany.mutateAsync({ clientIds: [...clientIds], activity: checked.activity });
      void message.success(t('activities.mailingDone', { count: done.added }));
      onClose();
    } catch (caught) {
      errors.showCaught(caught);
    }
  }

  return (
    <ConfirmModal
      open
      title={t('activities.mailingTitle')}
      onCancel={onClose}
      destroyOnHidden
      ok={{
        text: t('activities.mailingSave', { count: clientIds.length }),
        onClick: () => void finish(),
        loading: addMany.isPending,
        testId: 'mailing-save',
      }}
    >
      {errors.general.length > 0 ? (
        <Alert
          className="form-alert-top"
          type="error"
          showIcon
          role="alert"
          title={errors.general.join('；')}
        />
      ) : null}
      <Typography.Paragraph type="secondary">
        {t('activities.mailingIntro', { count: clientIds.length })}
      </Typography.Paragraph>
      <Form<ActivityFormValues>
        form={form}
        layout="vertical"
        initialValues={{ ...emptyActivityValues(today), channel: 'dm' }}
        data-testid="mailing-form"
      >
        <Form.Item name="date" label={ACTIVITY_FIELD_WORDS.date[language]}>
          <DatePicker format={formats.picker} className="full-width" data-testid="activity-date" />
        </Form.Item>
        <ContactFields />
      </Form>
    </ConfirmModal>
  );
}
