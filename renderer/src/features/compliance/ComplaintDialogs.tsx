import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_CHANNELS_OF_RECEIPT,
  COMPLAINT_RECEIVED_VIA_WORDS,
  type Complaint,
  type ComplaintReceivedVia,
} from '../../../../shared/features/compliance';
import { today } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useFormats } from '../../app/useFormats';
import { useChannelMutation } from '../../lib/queries';
import { ClientPicker } from '../clients';
import { FormDialog, isoDay } from '../../lib/FormDialog';
import { useDialogErrors } from '../../lib/useDialogErrors';
import { ShelfProductSelect } from './ShelfProductSelect';

/** What a change in these logs refreshes: the logs, the dashboard and the audit trail. */
export const COMPLIANCE_PREFIXES = ['complaints', 'privacy', 'compliance', 'audit'];

interface NewComplaint {
  clientId: string;
  receivedOn: Dayjs;
  receivedVia: ComplaintReceivedVia;
  subject: string;
  productId?: string | null;
  details?: string;
}

/** 登錄客訴: client, day and channel received, subject, the product if any. */
export function AddComplaintDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const { timeZone } = useSettings().settings;
  const [form] = Form.useForm<NewComplaint>();
  const onError = useDialogErrors(form);
  const add = useChannelMutation('complaints.add', {
    invalidates: COMPLIANCE_PREFIXES,
    onSuccess: onClose,
    onError,
  });
  return (
    <FormDialog<NewComplaint>
      open={open}
      title={t('complaints.add')}
      form={form}
      initialValues={{ receivedOn: dayjs(today(timeZone)), receivedVia: 'phone' }}
      ok={{ text: t('common.save'), loading: add.isPending, testId: 'complaint-save' }}
      onCancel={onClose}
      onSubmit={(v) =>
        add.mutate({
          data: {
            clientId: v.clientId,
            receivedOn: isoDay(v.receivedOn),
            receivedVia: v.receivedVia,
            subject: v.subject,
            productId: v.productId ?? null,
            details: v.details ?? null,
          },
        })
      }
    >
      <Form.Item name="clientId" label={t('complaints.client')} rules={[{ required: true }]}>
        <ClientPicker knownNames={{}} aria-label={t('complaints.client')} />
      </Form.Item>
      <Form.Item name="receivedOn" label={t('complaints.receivedOn')} rules={[{ required: true }]}>
        <DatePicker format={formats.picker} allowClear={false} data-testid="complaint-received" />
      </Form.Item>
      <Form.Item name="receivedVia" label={t('complaints.receivedVia')}>
        <Select
          data-testid="complaint-via"
          options={COMPLAINT_CHANNELS_OF_RECEIPT.map((via) => ({
            value: via,
            label: COMPLAINT_RECEIVED_VIA_WORDS[via][language],
          }))}
        />
      </Form.Item>
      <Form.Item
        name="subject"
        label={t('complaints.subject')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={200} data-testid="complaint-subject" />
      </Form.Item>
      <Form.Item name="productId" label={t('complaints.product')}>
        <ShelfProductSelect />
      </Form.Item>
      <Form.Item name="details" label={t('complaints.details')}>
        <Input.TextArea maxLength={2000} rows={3} />
      </Form.Item>
    </FormDialog>
  );
}

/** 回覆: the reply given and its day. */
export function ReplyDialog({ complaint, onClose }: { complaint: Complaint | null; onClose: () => void }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const { timeZone } = useSettings().settings;
  const [form] = Form.useForm<{ reply: string; repliedOn: Dayjs }>();
  const onError = useDialogErrors(form);
  const reply = useChannelMutation('complaints.reply', {
    invalidates: COMPLIANCE_PREFIXES,
    onSuccess: onClose,
    onError,
  });
  return (
    <FormDialog<{ reply: string; repliedOn: Dayjs }>
      open={complaint !== null}
      title={t('complaints.replyTitle', { subject: complaint?.subject ?? '' })}
      form={form}
      initialValues={{ repliedOn: dayjs(today(timeZone)) }}
      ok={{ text: t('common.save'), loading: reply.isPending, testId: 'complaint-reply-save' }}
      onCancel={onClose}
      onSubmit={(v) =>
        complaint &&
        reply.mutate({
          id: complaint.id,
          version: complaint.version,
          data: { reply: v.reply, repliedOn: isoDay(v.repliedOn) },
        })
      }
    >
      <Form.Item name="reply" label={t('complaints.reply')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea maxLength={4000} rows={4} data-testid="complaint-reply-text" />
      </Form.Item>
      <Form.Item name="repliedOn" label={t('complaints.repliedOn')} rules={[{ required: true }]}>
        <DatePicker format={formats.picker} allowClear={false} />
      </Form.Item>
    </FormDialog>
  );
}
