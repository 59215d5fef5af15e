import { Button, Flex, Form, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE, formatDate } from '../../../../shared/kernel/dates';
import { settingsSchema } from '../../../../shared/features/settings/schema';
import { useSettings } from '../../app/settings';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { useSettingsSave } from './useSettingsSave';

const preferencesSchema = settingsSchema.pick({ dateFormat: true, timeZone: true, autoLockMinutes: true });
const SAMPLE_DATE = '2024-03-05';

// The setting governs zh-TW screens and every document; English always writes ISO.
const ROC_SAMPLE = [
  formatDate(SAMPLE_DATE, { style: 'roc', language: 'zh-TW' }, 'compact'),
  formatDate(SAMPLE_DATE, { style: 'roc', language: 'zh-TW' }, 'long'),
].join('、');
const TIME_ZONES = [
  DEFAULT_TIME_ZONE,
  ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== DEFAULT_TIME_ZONE),
].map((zone) => ({ value: zone, label: zone }));

/** Date style (ISO or 民國), the time zone dates are read in, and the auto-lock delay. */
export function PreferencesForm({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { dateFormat, timeZone, autoLockMinutes } = useSettings().settings;
  const [form] = Form.useForm();
  const { save, busy, changed } = useSettingsSave(form, preferencesSchema, (value) => value, {
    guard,
    name: 'preferences',
  });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ dateFormat, timeZone, autoLockMinutes }}
      onValuesChange={changed}
      onFinish={(values) => void save(values)}
    >
      <Form.Item name="dateFormat" label={t('settings.dateFormat')}>
        <Radio.Group
          data-testid="settings-dateFormat"
          options={[
            { value: 'iso', label: t('settings.dateIso', { sample: SAMPLE_DATE }) },
            { value: 'roc', label: t('settings.dateRoc', { sample: ROC_SAMPLE }) },
          ]}
        />
      </Form.Item>
      <Form.Item name="timeZone" label={t('settings.timeZone')}>
        <Select
          showSearch
          options={TIME_ZONES}
          data-testid="settings-timeZone"
          className="time-zone-select"
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
