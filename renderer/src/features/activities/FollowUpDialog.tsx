import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_FIELD_WORDS, followUpInputSchema } from '../../../../shared/features/activities';
import { today as todayIn } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { toErrorInfo } from '../../lib/api';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { issuesToFieldErrors, serverIssues, type IssueLike } from '../../lib/fieldErrors';
import { useChannelMutation } from '../../lib/queries';

interface Values {
  title: string;
  dueOn: Dayjs | null;
}

/** A follow-up task of its own: what to do and by when. */
export function FollowUpDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { settings } = useSettings();
  const formats = useFormats();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [general, setGeneral] = useState<string[]>([]);
  const add = useChannelMutation('activities.addFollowUp', { invalidates: ['activities', 'audit'] });

  function show(issues: readonly IssueLike[]) {
    const mapped = issuesToFieldErrors(
      issues.map((i) => ({ ...i, path: i.path[0] === 'followUp' ? i.path.slice(1) : i.path })),
      language,
    );
    form.setFields(mapped.fields as Parameters<typeof form.setFields>[0]);
    setGeneral(mapped.general);
  }

  async function finish() {
    setGeneral([]);
    const values = form.getFieldsValue(true) as Values;
    const parsed = followUpInputSchema.safeParse({
      title: values.title ?? '',
      dueOn: values.dueOn ? values.dueOn.format('YYYY-MM-DD') : '',
    });
    if (!parsed.success) {
      show(parsed.error.issues);
      return;
    }
    try {
      await add.mutateAsync({ clientId, followUp: parsed.data });
    } catch (caught) {
      const error = toErrorInfo(caught);
      const found = serverIssues(error.details);
      if (found.length > 0) show(found);
      else setGeneral([errorText(error)]);
      return;
    }
    void message.success(t('activities.followUpSaved'));
    onClose();
  }

  return (
    <ConfirmModal
      open
      title={t('activities.followUpTitle')}
      onCancel={onClose}
      destroyOnHidden
      ok={{
        text: t('common.save'),
        onClick: () => void finish(),
        loading: add.isPending,
        testId: 'follow-up-save',
      }}
    >
      {general.length > 0 ? (
        <Alert className="form-alert-top" type="error" showIcon role="alert" title={general.join('；')} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ title: '', dueOn: dayjs(todayIn(settings.timeZone)).add(7, 'day') }}
      >
        <Form.Item name="title" label={ACTIVITY_FIELD_WORDS.title[language]} required>
          <Input maxLength={200} data-testid="follow-up-title" />
        </Form.Item>
        <Form.Item name="dueOn" label={ACTIVITY_FIELD_WORDS.dueOn[language]} required>
          <DatePicker format={formats.picker} className="full-width" data-testid="follow-up-due" />
        </Form.Item>
      </Form>
    </ConfirmModal>
  );
}
