import { DatePicker, Form, Input, Select, Space, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  ESCALATION_KIND_WORDS,
  ESCALATION_KINDS,
  ESCALATION_SEVERITIES,
  ESCALATION_SEVERITY_WORDS,
  ESCALATION_STATE_WORDS,
  ESCALATION_STATES,
  type Escalation,
  type EscalationKind,
  type EscalationSeverity,
  type EscalationState,
} from '../../../../shared/features/escalations';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';
import { ApiError } from '../../lib/api';
import { FormDialog } from '../../lib/FormDialog';
import { useDialogErrors } from '../../lib/useDialogErrors';
import { serverIssues } from '../../lib/fieldErrors';
import { useChannelMutation } from '../../lib/queries';
import { ClientPicker } from '../clients';

/** What a change here refreshes: the lists, the compliance dashboard and the audit trail. */
export const ESCALATION_PREFIXES = ['escalations', 'feedback', 'compliance', 'audit'];

interface NewEscalation {
  clientId: string;
  kind: EscalationKind;
  severity: EscalationSeverity;
  raisedOn: Dayjs;
  raisedTime: Dayjs;
  description: string;
  toldWhom: string;
  toldOn: Dayjs;
  toldTime: Dayjs;
}

/** A picked day and a picked time as one instant with the computer's offset. */
const instantOf = (day: Dayjs, time: Dayjs): string =>
  day.hour(time.hour()).minute(time.minute()).second(0).millisecond(0).format();

/** The core names the instants; the form asks for each as a day beside a time, and shows a refusal at the day. */
const DAY_FIELD: Readonly<Record<string, string>> = { raisedAt: 'raisedOn', toldAt: 'toldOn' };
function atDayFields(error: ApiError): ApiError {
  const issues = serverIssues(error.details).map((issue) => ({
    ...issue,
    path: issue.path.map((part) => (typeof part === 'string' ? (DAY_FIELD[part] ?? part) : part)),
  }));
  return issues.length === 0 ? error : new ApiError({ ...error.info, details: { issues } });
}

/** A day in the user's date style beside a time (HH:mm): the ROC style has no date-time picker. */
function DayAndTime({ day, time, label }: { day: string; time: string; label: string }) {
  const formats = useFormats();
  const { t } = useTranslation();
  return (
    <Form.Item label={label} required>
      <Space.Compact>
        <Form.Item name={day} noStyle rules={[{ required: true }]}>
          <DatePicker
            format={formats.picker}
            allowClear={false}
            aria-label={`${label} ${t('escalations.day')}`}
          />
        </Form.Item>
        <Form.Item name={time} noStyle rules={[{ required: true }]}>
          <TimePicker format="HH:mm" allowClear={false} aria-label={`${label} ${t('escalations.time')}`} />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}

/** 異常通報: the client, what was noticed and when, how serious, who was told and when. */
export function RaiseEscalationDialog({
  open,
  clientId,
  onClose,
}: {
  open: boolean;
  /** Set when raised from the dossier: the client is fixed. */
  clientId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<NewEscalation>();
  const onError = useDialogErrors(form);
  const raise = useChannelMutation('escalations.raise', {
    invalidates: ESCALATION_PREFIXES,
    onSuccess: onClose,
    onError: (error) => onError(atDayFields(error)),
  });
  const now = dayjs();
  return (
    <FormDialog<NewEscalation>
      open={open}
      title={t('escalations.raise')}
      form={form}
      initialValues={{
        ...(clientId ? { clientId } : {}),
        kind: 'complaint_brewing',
        severity: 'medium',
        raisedOn: now,
        raisedTime: now,
        toldOn: now,
        toldTime: now,
      }}
      ok={{ text: t('escalations.raiseAction'), loading: raise.isPending, testId: 'escalation-save' }}
      onCancel={onClose}
      onSubmit={(v) =>
        raise.mutate({
          data: {
            clientId: v.clientId,
            kind: v.kind,
            severity: v.severity,
            raisedAt: instantOf(v.raisedOn, v.raisedTime),
            description: v.description,
            toldWhom: v.toldWhom,
            toldAt: instantOf(v.toldOn, v.toldTime),
          },
        })
      }
    >
      {clientId ? null : (
        <Form.Item name="clientId" label={t('escalations.client')} rules={[{ required: true }]}>
          <ClientPicker knownNames={{}} aria-label={t('escalations.client')} />
        </Form.Item>
      )}
      <Form.Item name="kind" label={t('escalations.kind')}>
        <Select
          data-testid="escalation-kind"
          options={ESCALATION_KINDS.map((kind) => ({
            value: kind,
            label: ESCALATION_KIND_WORDS[kind][language],
          }))}
        />
      </Form.Item>
      <Form.Item name="severity" label={t('escalations.severity')} extra={t('escalations.severityHelp')}>
        <Select
          data-testid="escalation-severity"
          options={ESCALATION_SEVERITIES.map((severity) => ({
            value: severity,
            label: ESCALATION_SEVERITY_WORDS[severity][language],
          }))}
        />
      </Form.Item>
      <DayAndTime day="raisedOn" time="raisedTime" label={t('escalations.raisedAt')} />
      <Form.Item
        name="description"
        label={t('escalations.description')}
        rules={[{ required: true, whitespace: true, message: t('escalations.descriptionRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="escalation-description" />
      </Form.Item>
      <Form.Item
        name="toldWhom"
        label={t('escalations.toldWhom')}
        rules={[{ required: true, whitespace: true, message: t('escalations.toldWhomRequired') }]}
      >
        <Input maxLength={100} data-testid="escalation-told" />
      </Form.Item>
      <DayAndTime day="toldOn" time="toldTime" label={t('escalations.toldAt')} />
    </FormDialog>
  );
}

interface NewAction {
  text: string;
  state: EscalationState;
}

/** 處理紀錄: what was done, and the state it leaves the escalation in. */
export function ActOnEscalationDialog({
  escalation,
  onClose,
}: {
  escalation: Escalation | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<NewAction>();
  const onError = useDialogErrors(form);
  const act = useChannelMutation('escalations.act', {
    invalidates: ESCALATION_PREFIXES,
    onSuccess: onClose,
    onError,
  });
  return (
    <FormDialog<NewAction>
      open={escalation !== null}
      title={t('escalations.act')}
      form={form}
      initialValues={{ state: 'in_progress' }}
      ok={{ text: t('common.save'), loading: act.isPending, testId: 'escalation-act-save' }}
      onCancel={onClose}
      onSubmit={(v) => escalation && act.mutate({ id: escalation.id, version: escalation.version, data: v })}
    >
      <Form.Item
        name="text"
        label={t('escalations.actionText')}
        rules={[{ required: true, whitespace: true, message: t('escalations.actionRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="escalation-act-text" />
      </Form.Item>
      <Form.Item name="state" label={t('escalations.stateAfter')}>
        <Select
          data-testid="escalation-act-state"
          options={ESCALATION_STATES.map((state) => ({
            value: state,
            label: ESCALATION_STATE_WORDS[state][language],
          }))}
        />
      </Form.Item>
    </FormDialog>
  );
}
