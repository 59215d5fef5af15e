import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  ISSUING_BODIES,
  ISSUING_BODY_WORDS,
  type IssuingBody,
  type RegulatoryUpdate,
} from '../../../../shared/features/regulatory-updates';
import { today } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useFormats } from '../../app/useFormats';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { useChannelMutation } from '../../lib/queries';
import { useDialogErrors } from '../../lib/useDialogErrors';

interface Values {
  title: string;
  issuer: IssuingBody;
  reference?: string;
  issuedOn: Dayjs;
  effectiveOn?: Dayjs | null;
  summary?: string;
  link?: string;
}

const ISO = 'YYYY-MM-DD';
const PREFIXES = ['regulatory', 'audit'];

/** 新增 / 修改法規動態: `editing` undefined is closed, null a new entry. */
export function RegulatoryUpdateDialog({
  editing,
  onClose,
}: {
  editing: RegulatoryUpdate | null | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const { timeZone } = useSettings().settings;
  const [form] = Form.useForm<Values>();
  const onError = useDialogErrors(form);
  const options = { invalidates: PREFIXES, onSuccess: onClose, onError };
  const add = useChannelMutation('regulatory.add', options);
  const edit = useChannelMutation('regulatory.edit', options);
  const submit = (v: Values) => {
    const data = {
      title: v.title,
      issuer: v.issuer,
      reference: v.reference ?? null,
      issuedOn: v.issuedOn.format(ISO),
      effectiveOn: v.effectiveOn ? v.effectiveOn.format(ISO) : null,
      summary: v.summary ?? null,
      link: v.link ?? null,
    };
    if (editing) edit.mutate({ id: editing.id, version: editing.version, data });
    else add.mutate({ data });
  };
  return (
    <ConfirmModal
      open={editing !== undefined}
      title={editing ? t('regulatory.editTitle') : t('regulatory.add')}
      onCancel={onClose}
      destroyOnHidden
      ok={{
        text: t('common.save'),
        loading: add.isPending || edit.isPending,
        testId: 'regulatory-save',
        onClick: () => void form.validateFields().then(submit, () => undefined),
      }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          editing
            ? {
                ...editing,
                reference: editing.reference ?? '',
                summary: editing.summary ?? '',
                link: editing.link ?? '',
                issuedOn: dayjs(editing.issuedOn),
                effectiveOn: editing.effectiveOn ? dayjs(editing.effectiveOn) : null,
              }
            : { issuer: 'fsc', issuedOn: dayjs(today(timeZone)) }
        }
      >
        <Form.Item name="title" label={t('regulatory.title')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} data-testid="regulatory-title" />
        </Form.Item>
        <Form.Item name="issuer" label={t('regulatory.issuer')}>
          <Select
            data-testid="regulatory-issuer"
            options={ISSUING_BODIES.map((b) => ({ value: b, label: ISSUING_BODY_WORDS[b][language] }))}
          />
        </Form.Item>
        <Form.Item name="reference" label={t('regulatory.reference')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('regulatory.issuedOn')} rules={[{ required: true }]}>
          <DatePicker format={formats.picker} allowClear={false} data-testid="regulatory-issued" />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('regulatory.effectiveOn')}>
          <DatePicker format={formats.picker} data-testid="regulatory-effective" />
        </Form.Item>
        <Form.Item name="summary" label={t('regulatory.summary')}>
          <Input.TextArea maxLength={4000} rows={4} data-testid="regulatory-summary" />
        </Form.Item>
        <Form.Item name="link" label={t('regulatory.link')}>
          <Input maxLength={1000} placeholder="https://" data-testid="regulatory-link" />
        </Form.Item>
      </Form>
    </ConfirmModal>
  );
}
