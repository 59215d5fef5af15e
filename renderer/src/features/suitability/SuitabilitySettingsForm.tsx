import { Button, Flex, Form, InputNumber, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { INVESTOR_CLASSES, INVESTOR_CLASS_WORDS } from '../../../../shared/features/investor-classes';
import { GRADE_WORDS, type GradeScale } from '../../../../shared/features/kyc';
import {
  SUITABILITY_SETTING_FIELD_WORDS,
  suitabilitySettingsSchema,
  type SuitabilitySettingField,
} from '../../../../shared/features/suitability';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { useSettingsSave } from '../settings';

const CONCENTRATION_LIMITS = [
  'maxProductPercent',
  'maxIssuerPercent',
  'maxRr5Percent',
  'maxForeignCurrencyPercent',
] as const;

/** 適合度規則 on 設定: the grade matrix, the 65+ rules, concentration limits and the class exceptions. */
export function SuitabilitySettingsForm({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { suitability } = useSettings().settings;
  const [form] = Form.useForm();
  const { save, busy, changed } = useSettingsSave(
    form,
    suitabilitySettingsSchema,
    (value) => ({ suitability: value }),
    { guard, name: 'suitability', prefix: ['suitability'] },
  );
  const label = (field: SuitabilitySettingField) => SUITABILITY_SETTING_FIELD_WORDS[field][language];
  const classOptions = INVESTOR_CLASSES.map((c) => ({ value: c, label: INVESTOR_CLASS_WORDS[c][language] }));
  const riskField = (path: (string | number)[], label: string, testId: string) => (
    <Form.Item key={path.join('.')} name={path} label={label}>
      <InputNumber<number> min={1} max={5} precision={0} prefix="RR" data-testid={testId} />
    </Form.Item>
  );
  const matrix = (scale: GradeScale) => (
    <Flex gap="middle" wrap>
      {GRADE_WORDS[scale].map((words, index) =>
        riskField(
          ['maxRiskByGrade', scale, index],
          words[language],
          `settings-suitability-${scale}-${index + 1}`,
        ),
      )}
    </Flex>
  );

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={suitability}
      onValuesChange={changed}
      onFinish={(values) => void save(values)}
    >
      <Typography.Paragraph type="secondary">{t('suitabilitySettings.matrixHint')}</Typography.Paragraph>
      <Typography.Text strong>{t('suitabilitySettings.fiveGrades')}</Typography.Text>
      {matrix('five')}
      <Typography.Text strong>{t('suitabilitySettings.threeGrades')}</Typography.Text>
      {matrix('three')}
      <Flex gap="large" wrap>
        <Form.Item name={['elderly', 'noProactiveForeign']} label={label('elderly.noProactiveForeign')}>
          <Switch data-testid="settings-suitability-noProactiveForeign" />
        </Form.Item>
        <Form.Item name={['elderly', 'rationaleRequired']} label={label('elderly.rationaleRequired')}>
          <Switch data-testid="settings-suitability-rationaleRequired" />
        </Form.Item>
        {riskField(
          ['elderly', 'supervisorReviewFromRisk'],
          label('elderly.supervisorReviewFromRisk'),
          'settings-suitability-reviewFromRisk',
        )}
      </Flex>
      <Flex gap="middle" wrap>
        {CONCENTRATION_LIMITS.map((limit) => (
          <Form.Item key={limit} name={['concentration', limit]} label={label(`concentration.${limit}`)}>
            <InputNumber<number> min={0} max={100} suffix="%" data-testid={`settings-suitability-${limit}`} />
          </Form.Item>
        ))}
      </Flex>
      <Form.Item name="complexProductClasses" label={label('complexProductClasses')}>
        <Select mode="multiple" options={classOptions} data-testid="settings-suitability-complexClasses" />
      </Form.Item>
      <Form.Item
        name={['concentration', 'warningOnlyClasses']}
        label={label('concentration.warningOnlyClasses')}
        extra={t('suitabilitySettings.warningOnlyHint')}
      >
        <Select
          mode="multiple"
          options={classOptions}
          data-testid="settings-suitability-warningOnlyClasses"
        />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="settings-suitability-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
