import { Alert, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  DATA_REQUEST_KIND_WORDS,
  DATA_REQUEST_KINDS,
  DATA_REQUEST_STATE_WORDS,
  IDENTITY_METHOD_WORDS,
  IDENTITY_METHODS,
  type DataRequest,
  type DataRequestKind,
  type IdentityMethod,
} from '../../../../shared/features/compliance';
import { today } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useFormats } from '../../app/useFormats';
import { useChannelMutation } from '../../lib/queries';
import { ClientPicker } from '../clients';
import { COMPLIANCE_PREFIXES } from './ComplaintDialogs';
import { FormDialog, isoDay } from '../../lib/FormDialog';
import { useDialogErrors } from '../../lib/useDialogErrors';

interface NewRequest {
  clientId: string;
  kind: DataRequestKind;
  receivedOn: Dayjs;
  identityCheckedBy: string;
  identityMethod: IdentityMethod;
  details?: string;
}

/** 登錄個資請求: what is asked, when, and who checked the requester's identity and how. */
export function AddDataRequestDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const { timeZone, advisorName } = useSettings().settings;
  const [form] = Form.useForm<NewRequest>();
  const onError = useDialogErrors(form);
  const add = useChannelMutation('privacy.addRequest', {
    invalidates: COMPLIANCE_PREFIXES,
    onSuccess: onClose,
    onError,
  });
  return (
    <FormDialog<NewRequest>
      open={open}
      title={t('dataRequests.add')}
      form={form}
      initialValues={{
        kind: 'see',
        receivedOn: dayjs(today(timeZone)),
        identityCheckedBy: advisorName,
        identityMethod: 'id_card',
      }}
      ok={{ text: t('common.save'), loading: add.isPending, testId: 'data-request-save' }}
      onCancel={onClose}
      onSubmit={(v) =>
        add.mutate({ data: { ...v, receivedOn: isoDay(v.receivedOn), details: v.details ?? null } })
      }
    >
      <Form.Item name="clientId" label={t('complaints.client')} rules={[{ required: true }]}>
        <ClientPicker knownNames={{}} aria-label={t('complaints.client')} />
      </Form.Item>
      <Form.Item name="kind" label={t('dataRequests.kind')}>
        <Select
          data-testid="data-request-kind"
          options={DATA_REQUEST_KINDS.map((kind) => ({
            value: kind,
            label: DATA_REQUEST_KIND_WORDS[kind][language],
          }))}
        />
      </Form.Item>
      <Form.Item name="receivedOn" label={t('complaints.receivedOn')} rules={[{ required: true }]}>
        <DatePicker format={formats.picker} allowClear={false} />
      </Form.Item>
      <Form.Item
        name="identityCheckedBy"
        label={t('dataRequests.checkedBy')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={50} data-testid="data-request-checked-by" />
      </Form.Item>
      <Form.Item name="identityMethod" label={t('dataRequests.method')}>
        <Select
          options={IDENTITY_METHODS.map((method) => ({
            value: method,
            label: IDENTITY_METHOD_WORDS[method][language],
          }))}
        />
      </Form.Item>
      <Form.Item name="details" label={t('complaints.details')}>
        <Input.TextArea maxLength={2000} rows={3} />
      </Form.Item>
    </FormDialog>
  );
}

/** 結案: done or refused (a delete request is done only by deleting), with the outcome and the day. */
export function CloseDataRequestDialog({
  request,
  onClose,
}: {
  request: DataRequest | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const { timeZone } = useSettings().settings;
  type Values = { state: 'done' | 'refused'; outcome: string; closedOn: Dayjs };
  const [form] = Form.useForm<Values>();
  const onError = useDialogErrors(form);
  const close = useChannelMutation('privacy.closeRequest', {
    invalidates: COMPLIANCE_PREFIXES,
    onSuccess: onClose,
    onError,
  });
  const deleteKind = request?.kind === 'delete';
  return (
    <FormDialog<Values>
      open={request !== null}
      title={t('dataRequests.closeTitle')}
      form={form}
      initialValues={{ state: deleteKind ? 'refused' : 'done', closedOn: dayjs(today(timeZone)) }}
      ok={{ text: t('common.save'), loading: close.isPending, testId: 'data-request-close-save' }}
      onCancel={onClose}
      onSubmit={(v) =>
        request &&
        close.mutate({
          id: request.id,
          version: request.version,
          data: { ...v, closedOn: isoDay(v.closedOn) },
        })
      }
    >
      <Form.Item name="state" label={t('complaints.state')}>
        <Radio.Group
          options={(['done', 'refused'] as const).map((state) => ({
            value: state,
            label: DATA_REQUEST_STATE_WORDS[state][language],
            disabled: state === 'done' && deleteKind,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="outcome"
        label={t('dataRequests.outcome')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea maxLength={2000} rows={3} data-testid="data-request-outcome" />
      </Form.Item>
      <Form.Item name="closedOn" label={t('dataRequests.closedOn')} rules={[{ required: true }]}>
        <DatePicker format={formats.picker} allowClear={false} />
      </Form.Item>
    </FormDialog>
  );
}

/** 刪除客戶個資: asks for the reason and says what is kept, before anything is removed. */
export function DeleteClientDialog({
  request,
  onClose,
}: {
  request: DataRequest | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { retentionYears } = useSettings().settings.compliance;
  const [form] = Form.useForm<{ reason: string }>();
  const onError = useDialogErrors(form, []);
  const remove = useChannelMutation('privacy.deleteClient', {
    invalidates: [...COMPLIANCE_PREFIXES, 'clients'],
    onSuccess: onClose,
    onError,
  });
  return (
    <FormDialog<{ reason: string }>
      open={request !== null}
      title={t('dataRequests.deleteTitle', { name: request?.clientName ?? '' })}
      form={form}
      ok={{
        text: t('dataRequests.deleteConfirm'),
        loading: remove.isPending,
        testId: 'data-request-delete-confirm',
      }}
      onCancel={onClose}
      onSubmit={(v) => request && remove.mutate({ id: request.id, reason: v.reason })}
    >
      <Alert type="warning" showIcon title={t('dataRequests.deleteWarning', { years: retentionYears })} />
      <Form.Item
        name="reason"
        label={t('dataRequests.reason')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={500} data-testid="data-request-delete-reason" />
      </Form.Item>
    </FormDialog>
  );
}
