import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  PIPELINE_STAGE_WORDS,
  PIPELINE_STAGES,
  type PipelineEntry,
  type PipelineStage,
} from '../../../../shared/features/pipeline';
import { today } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useFormats } from '../../app/useFormats';
import { FormDialog, isoDay } from '../../lib/FormDialog';
import { useDialogErrors } from '../../lib/useDialogErrors';
import { useChannelMutation } from '../../lib/queries';
import { ClientPicker } from '../clients';

/** What a move refreshes: the pipeline, its report and the audit trail. */
export const PIPELINE_PREFIXES = ['pipeline', 'audit'];

interface Move {
  clientId: string;
  stage: PipelineStage;
  on: Dayjs;
  lostReason?: string;
}

/**
 * 移動階段: the next stage and its day (a loss with its reason). With no entry given it adds a
 * prospect to the pipeline, picked by name.
 */
export function MoveDialog({
  open,
  entry,
  onClose,
}: {
  open: boolean;
  /** The prospect being moved; none to add one. */
  entry: PipelineEntry | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const { timeZone } = useSettings().settings;
  const [form] = Form.useForm<Move>();
  const stage = Form.useWatch('stage', form);
  const onError = useDialogErrors(form);
  const move = useChannelMutation('pipeline.move', {
    invalidates: PIPELINE_PREFIXES,
    onSuccess: onClose,
    onError,
  });
  const next = entry
    ? PIPELINE_STAGES[Math.min(PIPELINE_STAGES.indexOf(entry.stage) + 1, PIPELINE_STAGES.length - 2)]!
    : 'lead';
  return (
    <FormDialog<Move>
      open={open}
      title={entry ? t('pipeline.moveTitle', { name: entry.clientName ?? '' }) : t('pipeline.add')}
      form={form}
      initialValues={{
        ...(entry ? { clientId: entry.clientId } : {}),
        stage: next,
        on: dayjs(today(timeZone)),
      }}
      ok={{ text: t('common.save'), loading: move.isPending, testId: 'pipeline-move-save' }}
      onCancel={onClose}
      onSubmit={(v) =>
        move.mutate({
          data: {
            clientId: entry?.clientId ?? v.clientId,
            stage: v.stage,
            on: isoDay(v.on),
            lostReason: v.stage === 'lost' ? (v.lostReason ?? null) : null,
          },
        })
      }
    >
      {entry ? null : (
        <Form.Item name="clientId" label={t('pipeline.prospect')} rules={[{ required: true }]}>
          <ClientPicker knownNames={{}} aria-label={t('pipeline.prospect')} />
        </Form.Item>
      )}
      <Form.Item name="stage" label={t('pipeline.stage')}>
        <Select
          data-testid="pipeline-stage"
          options={PIPELINE_STAGES.map((s) => ({ value: s, label: PIPELINE_STAGE_WORDS[s][language] }))}
        />
      </Form.Item>
      <Form.Item name="on" label={t('pipeline.on')} rules={[{ required: true }]}>
        <DatePicker format={formats.picker} allowClear={false} />
      </Form.Item>
      {stage === 'lost' ? (
        <Form.Item
          name="lostReason"
          label={t('pipeline.lostReason')}
          rules={[{ required: true, whitespace: true, message: t('pipeline.lostReasonRequired') }]}
        >
          <Input maxLength={500} data-testid="pipeline-lost-reason" />
        </Form.Item>
      ) : null}
    </FormDialog>
  );
}
