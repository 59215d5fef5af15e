import { useRef } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Radio,
  Typography,
  type InputRef,
} from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_FIELD_WORDS,
  ACTIVITY_KIND_WORDS,
  SATISFACTION_WORDS,
  type Activity,
  type ActivityKind,
} from '../../../../shared/features/activities';
import { today as todayIn } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useFormats } from '../../app/useFormats';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { ContactFields } from './ContactFields';
import { useActivityFormErrors } from './useActivityFormErrors';
import {
  checkActivity,
  emptyActivityValues,
  valuesFromPlan,
  type ActivityFormValues,
} from './activityFormModel';

type Plan = Extract<Activity, { kind: 'visit_plan' }>;

const SATISFACTION_SCORES = [5, 4, 3, 2, 1];
const INVALIDATES = ['activities', 'audit', 'tiers'];

/**
 * Adds one activity of a kind, or completes a plan into its visit record. `quick`: a contact in
 * a few keystrokes (channel phone, the subject focused, Enter saves), from the client list or
 * the dossier.
 */
export function ActivityDialog({
  clientId,
  kind,
  plan,
  quick = false,
  onClose,
}: {
  clientId: string;
  kind: ActivityKind;
  plan?: Plan;
  quick?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { settings } = useSettings();
  const formats = useFormats();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivityFormValues>();
  const errors = useActivityFormErrors(form);
  const subject = useRef<InputRef>(null);
  const client = useChannelQuery('clients.get', { id: clientId }, { enabled: quick });
  const add = useChannelMutation('activities.add', { invalidates: INVALIDATES });
  const complete = useChannelMutation('activities.completePlan', { invalidates: INVALIDATES });
  const today = todayIn(settings.timeZone);
  const label = (key: keyof typeof ACTIVITY_FIELD_WORDS) => ACTIVITY_FIELD_WORDS[key][language];

  async function finish() {
    errors.reset();
    const checked = checkActivity(kind, form.getFieldsValue(true) as ActivityFormValues, today);
    if (!checked.ok) {
      errors.show(checked.issues);
      return;
    }
    try {
      if (plan && checked.activity.kind === 'visit') {
        await complete.mutateAsync({
          planId: plan.id,
          version: plan.version,
          record: checked.activity,
          followUps: checked.followUps,
        });
      } else {
        await add.mutateAsync({ clientId, activity: checked.activity, followUps: checked.followUps });
      }
    } catch (caught) {
      errors.showCaught(caught);
      return;
    }
    void message.success(t('activities.saved'));
    onClose();
  }

  const text = (name: keyof ActivityFormValues, key: keyof typeof ACTIVITY_FIELD_WORDS, rows = 0) => (
    <Form.Item name={name} label={label(key)}>
      {rows > 0 ? (
        <Input.TextArea rows={rows} maxLength={2000} data-testid={`activity-${name}`} />
      ) : (
        <Input maxLength={200} data-testid={`activity-${name}`} />
      )}
    </Form.Item>
  );
  const title = quick
    ? t('activities.quickTitle', { name: client.data?.name ?? '' })
    : plan
      ? t('activities.completeTitle')
      : t('activities.addTitle', { kind: ACTIVITY_KIND_WORDS[kind][language] });

  return (
    <ConfirmModal
      open
      title={title}
      onCancel={onClose}
      destroyOnHidden
      confirmOnEnter={quick}
      initialFocus={quick ? subject : undefined}
      ok={{
        text: t('common.save'),
        onClick: () => void finish(),
        loading: add.isPending || complete.isPending,
        testId: 'activity-save',
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
      {quick ? <Typography.Text type="secondary">{t('activities.quickHint')}</Typography.Text> : null}
      <Form<ActivityFormValues>
        form={form}
        layout="vertical"
        initialValues={plan ? valuesFromPlan(plan, today) : emptyActivityValues(today)}
        data-testid="activity-form"
      >
        <div className="form-grid">
          <Form.Item name="date" label={label('date')}>
            <DatePicker format={formats.picker} className="full-width" data-testid="activity-date" />
          </Form.Item>
          <Form.Item name="time" label={label('time')}>
            <Input placeholder="HH:MM" maxLength={5} data-testid="activity-time" />
          </Form.Item>
        </div>
        {kind === 'contact' ? <ContactFields subjectRef={subject} withMaterials={!quick} /> : null}
        {kind === 'visit_plan' ? (
          <>
            {text('place', 'place')}
            <Form.Item name="agenda" label={label('agenda')} required>
              <Input.TextArea rows={3} maxLength={1000} data-testid="activity-agenda" />
            </Form.Item>
            {text('objectives', 'objectives', 2)}
            {text('materials', 'materials')}
          </>
        ) : null}
        {kind === 'visit' ? (
          <>
            {text('place', 'place')}
            {text('attendees', 'attendees')}
            <Form.Item name="discussed" label={label('discussed')} required>
              <Input.TextArea rows={3} maxLength={2000} data-testid="activity-discussed" />
            </Form.Item>
            {text('needs', 'needs', 2)}
          </>
        ) : null}
        {kind === 'interview' ? (
          <>
            <Form.Item name="satisfaction" label={label('satisfaction')} required>
              <Radio.Group
                data-testid="activity-satisfaction"
                options={SATISFACTION_SCORES.map((s) => ({
                  value: s,
                  label: SATISFACTION_WORDS[s]![language],
                }))}
              />
            </Form.Item>
            {text('comments', 'comments', 3)}
          </>
        ) : null}
        {kind === 'visit' || kind === 'interview' ? (
          <Form.Item name="review" valuePropName="checked">
            <Checkbox data-testid="activity-review">{label('review')}</Checkbox>
          </Form.Item>
        ) : null}
        {quick || kind === 'visit_plan' ? null : <FollowUpRows />}
      </Form>
    </ConfirmModal>
  );
}

/** Follow-up tasks arising from the record, each a title and a due day. */
function FollowUpRows() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  return (
    <Form.List name="followUps">
      {(rows, { add, remove }) => (
        <fieldset className="plain-fieldset">
          <legend>{t('activities.followUpsOfRecord')}</legend>
          {rows.map((row) => (
            <Flex key={row.key} gap="small" align="start">
              <Form.Item name={[row.name, 'title']} style={{ flex: 1 }}>
                <Input aria-label={ACTIVITY_FIELD_WORDS.title[language]} maxLength={200} />
              </Form.Item>
              <Form.Item name={[row.name, 'dueOn']}>
                <DatePicker format={formats.picker} aria-label={ACTIVITY_FIELD_WORDS.dueOn[language]} />
              </Form.Item>
              <Button onClick={() => remove(row.name)} aria-label={t('activities.removeFollowUpRow')}>
                ×
              </Button>
            </Flex>
          ))}
          <Button onClick={() => add({ title: '', dueOn: null })} data-testid="activity-add-follow-up">
            {t('activities.addFollowUpRow')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
