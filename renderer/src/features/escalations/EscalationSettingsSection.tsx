import { Button, Flex, Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ESCALATION_SEVERITIES,
  ESCALATION_SEVERITY_WORDS,
  escalationSettingsSchema,
  type EscalationSettings,
} from '../../../../shared/features/escalations';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { useSettingsSave } from '../settings';

/** 設定 › 異常通報處理時限: hours from noticing an anomaly to resolving it, by severity. */
export function EscalationSettingsSection({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { escalations } = useSettings().settings;
  const [form] = Form.useForm<EscalationSettings>();
  const { save, busy, changed } = useSettingsSave(
    form,
    escalationSettingsSchema,
    (value) => ({ escalations: value }),
    { guard, name: 'escalations', prefix: ['escalations'] },
  );
  return (
    <Form<EscalationSettings>
      form={form}
      layout="vertical"
      initialValues={escalations}
      onValuesChange={changed}
      onFinish={(values) => void save(values)}
    >
      <div className="form-grid">
        {ESCALATION_SEVERITIES.map((severity) => (
          <Form.Item
            key={severity}
            name={['responseHours', severity]}
            label={t('escalationSettings.hours', { severity: ESCALATION_SEVERITY_WORDS[severity][language] })}
          >
            <InputNumber<number>
              min={1}
              max={24 * 90}
              precision={0}
              className="full-width"
              data-testid={`escalation-hours-${severity}`}
            />
          </Form.Item>
        ))}
      </div>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="escalation-settings-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
