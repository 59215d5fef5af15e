import { DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { translateValidation } from '../../../../shared/i18n/messages';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';

/** A picked day as YYYY-MM-DD (what every channel takes). */
export function isoDay(value: Dayjs | null | undefined): string {
  return value ? value.format('YYYY-MM-DD') : '';
}

/** antd's rule for a field that must be filled, with the shared zh-TW / English message. */
export function useRequiredRule() {
  const { language } = useLanguage();
  return { required: true, message: translateValidation('validation.required', language) };
}

/** A required date field in the user's date style (ROC or ISO), typed or picked. */
export function DateField({ name, labelKey, testId }: { name: string; labelKey: string; testId: string }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const required = useRequiredRule();
  return (
    <Form.Item name={name} label={t(labelKey)} rules={[required]}>
      <DatePicker format={formats.picker} className="full-width" data-testid={testId} />
    </Form.Item>
  );
}
