import { Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  COMPLIANCE_SETTING_FIELD_WORDS,
  complianceSettingsSchema,
  DATA_REQUEST_KIND_WORDS,
  DATA_REQUEST_KINDS,
  type ComplianceSettings,
} from '../../../../shared/features/compliance';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { useSettingsSave } from '../settings';

const DAY_FIELDS = [
  ['complaintReplyDays', 1, 365],
  ['ombudsmanDays', 1, 365],
  ['retentionYears', 5, 30],
] as const;

/** 設定 › 合規: the answer deadlines, the retention years and the advisors compared for shared contacts. */
export function ComplianceSettingsSection({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { compliance } = useSettings().settings;
  const [form] = Form.useForm<ComplianceSettings>();
  const { save, busy, changed } = useSettingsSave(
    form,
    complianceSettingsSchema,
    (value) => ({ compliance: value }),
    { guard, name: 'compliance', prefix: ['compliance'] },
  );
  const numberInput = (testId: string, min: number, max: number) => (
    <InputNumber<number> min={min} max={max} precision={0} className="full-width" data-testid={testId} />
  );

  return (
    <Form<ComplianceSettings>
      form={form}
      layout="vertical"
      initialValues={compliance}
      onValuesChange={changed}
      onFinish={(values) => void save({ ...compliance, ...values })}
    >
      <div className="form-grid">
        {DAY_FIELDS.map(([key, min, max]) => (
          <Form.Item key={key} name={key} label={COMPLIANCE_SETTING_FIELD_WORDS[key][language]}>
            {numberInput(`compliance-settings-${key}`, min, max)}
          </Form.Item>
        ))}
        {DATA_REQUEST_KINDS.map((kind) => (
          <Form.Item
            key={kind}
            name={['dataRequestDays', kind]}
            label={t('complianceSettings.requestDays', { kind: DATA_REQUEST_KIND_WORDS[kind][language] })}
          >
            {numberInput(`compliance-settings-days-${kind}`, 1, 365)}
          </Form.Item>
        ))}
      </div>
      <Typography.Text strong>{COMPLIANCE_SETTING_FIELD_WORDS.advisors[language]}</Typography.Text>
      <Form.List name="advisors">
        {(fields, { add, remove }) => (
          <Flex vertical gap="small" className="form-section">
            {fields.map((field) => (
              <Flex key={field.key} gap="small" align="start" data-testid="compliance-advisor-row">
                <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true }]}>
                  <Input
                    placeholder={t('complianceSettings.advisorName')}
                    aria-label={t('complianceSettings.advisorName')}
                    maxLength={50}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'address']}>
                  <Input
                    placeholder={t('complianceSettings.address')}
                    aria-label={t('complianceSettings.address')}
                    maxLength={200}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'email']}>
                  <Input
                    placeholder={t('complianceSettings.email')}
                    aria-label={t('complianceSettings.email')}
                    maxLength={120}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'phone']}>
                  <Input
                    placeholder={t('complianceSettings.phone')}
                    aria-label={t('complianceSettings.phone')}
                    maxLength={20}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('complianceSettings.removeAdvisor')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', address: null, email: null, phone: null })}
              data-testid="compliance-advisor-add"
            >
              {t('complianceSettings.addAdvisor')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="compliance-settings-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
