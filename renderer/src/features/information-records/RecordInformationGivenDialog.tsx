import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  GIVEN_METHOD_WORDS,
  GIVEN_METHODS,
  MATERIAL_KIND_WORDS,
  MATERIAL_KINDS,
  type GivenMethod,
  type InformationRecord,
  type Material,
  type MaterialKind,
} from '../../../../shared/features/information-records';
import { today } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useFormats } from '../../app/useFormats';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { useChannelMutation } from '../../lib/queries';
import { ClientsMultiPicker } from './ClientsMultiPicker';
import { useDialogErrors } from '../../lib/useDialogErrors';

interface Values {
  kind: MaterialKind;
  title: string;
  clientIds: string[];
  method: GivenMethod;
  givenOn: Dayjs;
  note?: string;
}

export interface RecordInformationGivenDialogProps {
  open: boolean;
  onClose: () => void;
  /** The material being given (a deck, a product's documents, a PDF): its kind and reference stay fixed. */
  material?: Material;
  /** Clients chosen already (the dossier's client), with their names. */
  clients?: readonly { id: string; name: string }[];
  /** How it was given, when the caller knows (a presentation: meeting). */
  method?: GivenMethod;
  onRecorded?: (record: InformationRecord) => void;
}

/**
 * 登錄提供資訊紀錄: which clients received a material, when and how (the session's advisor is
 * recorded by the core). Opened from the dossier, the product page and the briefing screens.
 */
export function RecordInformationGivenDialog({
  open,
  onClose,
  material,
  clients = [],
  method = 'meeting',
  onRecorded,
}: RecordInformationGivenDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const formats = useFormats();
  const { timeZone } = useSettings().settings;
  const [form] = Form.useForm<Values>();
  const onError = useDialogErrors(form, ['data'], ['material']);
  const add = useChannelMutation('information.add', {
    invalidates: ['information', 'audit'],
    onSuccess(record) {
      void message.success(t('infoGiven.saved'));
      onRecorded?.(record);
      onClose();
    },
    onError,
  });
  const submit = (v: Values) =>
    add.mutate({
      data: {
        material: { kind: v.kind, refId: material?.refId ?? null, title: v.title },
        clientIds: v.clientIds,
        givenOn: v.givenOn.format('YYYY-MM-DD'),
        method: v.method,
        note: v.note ?? null,
      },
    });
  return (
    <ConfirmModal
      open={open}
      title={t('infoGiven.dialogTitle')}
      onCancel={onClose}
      destroyOnHidden
      ok={{
        text: t('common.save'),
        loading: add.isPending,
        testId: 'info-given-save',
        onClick: () => void form.validateFields().then(submit, () => undefined),
      }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          kind: material?.kind ?? 'material',
          title: material?.title ?? '',
          clientIds: clients.map((c) => c.id),
          method,
          givenOn: dayjs(today(timeZone)),
        }}
      >
        <Form.Item name="kind" label={t('infoGiven.materialKind')}>
          <Select
            disabled={material !== undefined}
            data-testid="info-given-kind"
            options={MATERIAL_KINDS.map((kind) => ({
              value: kind,
              label: MATERIAL_KIND_WORDS[kind][language],
            }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('infoGiven.material')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} data-testid="info-given-title" />
        </Form.Item>
        <Form.Item
          name="clientIds"
          label={t('infoGiven.clients')}
          extra={t('infoGiven.clientsHelp')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <ClientsMultiPicker
            known={Object.fromEntries(clients.map((c) => [c.id, c.name]))}
            aria-label={t('infoGiven.clients')}
          />
        </Form.Item>
        <Form.Item name="method" label={t('infoGiven.method')}>
          <Select
            data-testid="info-given-method"
            options={GIVEN_METHODS.map((m) => ({ value: m, label: GIVEN_METHOD_WORDS[m][language] }))}
          />
        </Form.Item>
        <Form.Item name="givenOn" label={t('infoGiven.givenOn')} rules={[{ required: true }]}>
          <DatePicker format={formats.picker} allowClear={false} data-testid="info-given-date" />
        </Form.Item>
        <Form.Item name="note" label={t('infoGiven.note')}>
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
      </Form>
    </ConfirmModal>
  );
}
