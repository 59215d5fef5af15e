import { Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  EVIDENCE_TYPE_WORDS,
  EVIDENCE_TYPES,
  evidenceInputSchema,
  REQUIRED_EVIDENCE,
  type EvidenceType,
} from '../../../../shared/features/investor-classes';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { ClassDialog, type ApplicationDialogProps } from './ClassDialog';
import { DateField, isoDay, useRequiredRule } from './formParts';
import { useClassSubmit } from './useClassSubmit';

interface Values {
  type?: EvidenceType;
  documentDate?: Dayjs | null;
  checkedBy?: string;
  checkedOn?: Dayjs | null;
}

/** 新增證明文件: a checked document from the closed list, its date, who checked it and when. */
export function EvidenceDialog({ application, open, onClose }: ApplicationDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { advisorName } = useSettings().settings;
  const [form] = Form.useForm<Values>();
  const required = useRequiredRule();
  const submission = useClassSubmit(
    'classes.addEvidence',
    form,
    ['type', 'documentDate', 'checkedBy', 'checkedOn'],
    onClose,
  );
  // The basis's own documents first, then the rest of the list.
  const needed = REQUIRED_EVIDENCE[application.basis];
  const types = [...needed, ...EVIDENCE_TYPES.filter((type) => !needed.includes(type))];

  function finish() {
    const values = form.getFieldsValue(true) as Values;
    void submission.submit(evidenceInputSchema, {
      applicationId: application.id,
      type: values.type!,
      documentDate: isoDay(values.documentDate),
      checkedBy: values.checkedBy ?? '',
      checkedOn: isoDay(values.checkedOn),
    });
  }

  return (
    <ClassDialog
      open={open}
      title={t('classes.evidenceTitle')}
      testId="class-evidence"
      submission={submission}
      okText={t('common.save')}
      onClose={onClose}
      onFinish={finish}
    >
      <Form.Item name="type" label={t('classes.documentType')} rules={[required]}>
        <Radio.Group
          vertical
          options={types.map((type) => ({ value: type, label: EVIDENCE_TYPE_WORDS[type][language] }))}
        />
      </Form.Item>
      <DateField name="documentDate" labelKey="classes.documentDate" testId="class-documentDate" />
      <Form.Item name="checkedBy" label={t('classes.checker')} initialValue={advisorName} rules={[required]}>
        <Input maxLength={50} autoComplete="name" data-testid="class-checkedBy" />
      </Form.Item>
      <DateField name="checkedOn" labelKey="classes.checkedOn" testId="class-checkedOn" />
    </ClassDialog>
  );
}
