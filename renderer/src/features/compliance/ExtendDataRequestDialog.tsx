import { Alert, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DataRequest } from '../../../../shared/features/compliance';
import { today } from '../../../../shared/kernel/dates';
import { useSettings } from '../../app/settings';
import { useFormats } from '../../app/useFormats';
import { useChannelMutation } from '../../lib/queries';
import { COMPLIANCE_PREFIXES } from './ComplaintDialogs';
import { FormDialog, isoDay } from '../../lib/FormDialog';
import { useDialogErrors } from '../../lib/useDialogErrors';

type Values = { extendedOn: Dayjs; reason: string };

/**
 * 延長處理期限: once per request, by the kind's period, when the requester is told why in writing
 * by the due day (個人資料保護法 第 13 條). The new due day is worked out by the core.
 */
export function ExtendDataRequestDialog({
  request,
  onClose,
}: {
  request: DataRequest | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  const { timeZone } = useSettings().settings;
  const [form] = Form.useForm<Values>();
  const onError = useDialogErrors(form);
  const extend = useChannelMutation('privacy.extendRequest', {
    invalidates: COMPLIANCE_PREFIXES,
    onSuccess: onClose,
    onError,
  });
  return (
    <FormDialog<Values>
      open={request !== null}
      title={t('dataRequests.extendTitle')}
      form={form}
      initialValues={{ extendedOn: dayjs(today(timeZone)) }}
      ok={{
        text: t('dataRequests.extendConfirm'),
        loading: extend.isPending,
        testId: 'data-request-extend-save',
      }}
      onCancel={onClose}
      onSubmit={(v) =>
        request &&
        extend.mutate({
          id: request.id,
          version: request.version,
          data: { extendedOn: isoDay(v.extendedOn), reason: v.reason },
        })
      }
    >
      {request ? (
        <Alert
          type="info"
          showIcon
          title={t('dataRequests.extendRule', { due: formats.date(request.dueOn) })}
        />
      ) : null}
      <Form.Item
        name="reason"
        label={t('dataRequests.extendReason')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea maxLength={500} rows={3} data-testid="data-request-extend-reason" />
      </Form.Item>
      <Form.Item name="extendedOn" label={t('dataRequests.extendedOn')} rules={[{ required: true }]}>
        <DatePicker format={formats.picker} allowClear={false} />
      </Form.Item>
    </FormDialog>
  );
}
