import { Button, Flex, Form, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/kernel/format';
import { settingsSchema } from '../../../../shared/features/settings/schema';
import { useSettings } from '../../app/settings';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { useSettingsSave } from './useSettingsSave';

const preferencesSchema = settingsSchema.pick({ dateFormat: true, autoLockMinutes: true });
const SAMPLE_DATE = '2024-03-05';

/** Date style (ISO or 民國) and the auto-lock delay. */
export function PreferencesForm({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { dateFormat, autoLockMinutes } = useSettings().settings;
  const [form] = Form.useForm();
  const { save, busy, changed } = useSettingsSave(form, preferencesSchema, (value) => value, {
    guard,
    name: 'preferences',
  });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ dateFormat, autoLockMinutes }}
      onValuesChange={changed}
      onFinish={(values) => void save(values)}
    >
      <Form.Item name="dateFormat" label={t('settings.dateFormat')}>
        <Radio.Group
          data-testid="settings-dateFormat"
          options={[
            { value: 'iso', label: t('settings.dateIso', { sample: formatDate(SAMPLE_DATE, 'iso') }) },
            { value: 'roc', label: t('settings.dateRoc', { sample: formatDate(SAMPLE_DATE, 'roc') }) },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="autoLockMinutes"
        label={t('settings.autoLockMinutes')}
        extra={t('settings.autoLockHint')}
      >
        <InputNumber<number>
          min={1}
          max={240}
          precision={0}
          suffix={t('settings.minutes')}
          data-testid="settings-autoLock"
        />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="settings-preferences-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
