import { Button, Flex, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  PIPELINE_PERIOD_WORDS,
  PIPELINE_PERIODS,
  pipelineSettingsSchema,
  type PipelineSettings,
} from '../../../../shared/features/pipeline';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { useSettingsSave } from '../settings';

/** 設定 › 開戶目標: how many accounts the firm expects opened per month or quarter. */
export function PipelineSettingsSection({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { pipeline } = useSettings().settings;
  const [form] = Form.useForm<PipelineSettings>();
  const { save, busy, changed } = useSettingsSave(
    form,
    pipelineSettingsSchema,
    (value) => ({ pipeline: value }),
    {
      guard,
      name: 'pipeline',
      prefix: ['pipeline'],
    },
  );
  return (
    <Form<PipelineSettings>
      form={form}
      layout="vertical"
      initialValues={pipeline}
      onValuesChange={changed}
      onFinish={(values) => void save(values)}
    >
      <div className="form-grid">
        <Form.Item name="targetPeriod" label={t('pipelineSettings.period')}>
          <Select
            data-testid="pipeline-target-period"
            options={PIPELINE_PERIODS.map((p) => ({ value: p, label: PIPELINE_PERIOD_WORDS[p][language] }))}
          />
        </Form.Item>
        <Form.Item name="targetAccounts" label={t('pipelineSettings.accounts')}>
          <InputNumber<number>
            min={0}
            max={10_000}
            precision={0}
            className="full-width"
            data-testid="pipeline-target-accounts"
          />
        </Form.Item>
      </div>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="pipeline-settings-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
