import { Button, Divider, Flex, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  GRADE_RULE_WORDS,
  GRADE_SCALE_WORDS,
  GRADE_SCALES,
  KYC_SETTING_FIELD_WORDS,
  kycSettingsSchema,
  type KycSettings,
} from '../../../../shared/features/kyc';
import { useSettings } from '../../app/settings';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { useSettingsSave } from '../settings';
import { QuestionnaireVersions } from './QuestionnaireVersions';
import { useKycWords } from './useKycWords';

const NUMBERS = [
  ['validityMonths', 1, 60],
  ['elderlyAge', 50, 100],
  ['elderlyValidityMonths', 1, 60],
  ['expiryNoticeDays', 1, 180],
  ['materialChangePercent', 1, 100],
] as const;

/** 設定 › 風險屬性評估: the firm's grade scale and rule, validity, notice, and the questionnaire versions. */
export function KycSettingsSection({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { words } = useKycWords();
  const { kyc } = useSettings().settings;
  const [form] = Form.useForm<KycSettings>();
  // The settings patch is per top-level key: the whole kyc object is saved.
  const { save, busy, changed } = useSettingsSave(form, kycSettingsSchema, (value) => ({ kyc: value }), {
    guard,
    name: 'kyc',
    prefix: ['kyc'],
  });

  return (
    <Flex vertical gap="small">
      <Form<KycSettings>
        form={form}
        layout="vertical"
        initialValues={kyc}
        onValuesChange={changed}
        onFinish={(values) => void save({ ...kyc, ...values })}
      >
        <div className="form-grid">
          <Form.Item name="gradeScale" label={words(KYC_SETTING_FIELD_WORDS.gradeScale)}>
            <Select
              data-testid="kyc-settings-gradeScale"
              options={GRADE_SCALES.map((scale) => ({
                value: scale,
                label: words(GRADE_SCALE_WORDS[scale]),
              }))}
            />
          </Form.Item>
          <Form.Item name="gradeRule" label={words(KYC_SETTING_FIELD_WORDS.gradeRule)}>
            <Select
              data-testid="kyc-settings-gradeRule"
              options={(['lower', 'tolerance', 'capacity'] as const).map((rule) => ({
                value: rule,
                label: words(GRADE_RULE_WORDS[rule]),
              }))}
            />
          </Form.Item>
          {NUMBERS.map(([key, min, max]) => (
            <Form.Item key={key} name={key} label={words(KYC_SETTING_FIELD_WORDS[key])}>
              <InputNumber<number>
                min={min}
                max={max}
                precision={0}
                className="full-width"
                data-testid={`kyc-settings-${key}`}
              />
            </Form.Item>
          ))}
        </div>
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={busy} data-testid="kyc-settings-save">
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
      <Divider />
      <QuestionnaireVersions />
    </Flex>
  );
}
