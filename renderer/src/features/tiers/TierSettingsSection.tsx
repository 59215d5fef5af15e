import { Button, Col, Flex, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { INVESTOR_CLASS_WORDS, INVESTOR_CLASSES } from '../../../../shared/features/investor-classes';
import { tierSettingsSchema } from '../../../../shared/features/tiers';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { AmountInput } from '../../lib/AmountInput';
import { useSettingsSave } from '../settings';

/**
 * 客戶分級與服務計畫 on 設定: each tier's names, asset floor, criteria and service plan, checked with
 * the shared schema and saved as the `tiers` settings section.
 */
export function TierSettingsSection({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { tiers } = useSettings().settings;
  const [form] = Form.useForm();
  const { save, busy, changed } = useSettingsSave(form, tierSettingsSchema, (value) => ({ tiers: value }), {
    guard,
    name: 'tiers',
    prefix: ['tiers'],
  });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={tiers}
      onValuesChange={changed}
      onFinish={() => void save(form.getFieldsValue(true))}
      data-testid="tier-settings"
    >
      <Typography.Paragraph type="secondary">{t('tiers.settingsIntro')}</Typography.Paragraph>
      <Form.List name="tiers">
        {(fields) =>
          fields.map((field, index) => (
            <section
              key={field.key}
              aria-label={tiers.tiers[index]?.name[language] ?? String(index + 1)}
              className="tier-settings-tier"
            >
              <Typography.Text strong>{tiers.tiers[index]?.name[language]}</Typography.Text>
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'name', 'zh-TW']} label={t('tiers.nameZh')}>
                    <Input maxLength={20} data-testid={`tier-setting-${index}-nameZh`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'name', 'en']} label={t('tiers.nameEn')}>
                    <Input maxLength={30} data-testid={`tier-setting-${index}-nameEn`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'minAssetsTwd']} label={t('tiers.minAssets')}>
                    <AmountInput
                      prefix="NT$"
                      className="full-width"
                      data-testid={`tier-setting-${index}-min`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item
                    name={[field.name, 'plan', 'contactEveryDays']}
                    label={t('tiers.contactEveryDays')}
                  >
                    <InputNumber className="full-width" data-testid={`tier-setting-${index}-contact`} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item
                    name={[field.name, 'plan', 'reviewEveryMonths']}
                    label={t('tiers.reviewEveryMonths')}
                  >
                    <InputNumber className="full-width" data-testid={`tier-setting-${index}-review`} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item
                    name={[field.name, 'plan', 'birthdayGreeting']}
                    label={t('tiers.birthday')}
                    valuePropName="checked"
                  >
                    <Switch data-testid={`tier-setting-${index}-birthday`} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item
                    name={[field.name, 'plan', 'kycReview']}
                    label={t('tiers.kycReview')}
                    valuePropName="checked"
                  >
                    <Switch data-testid={`tier-setting-${index}-kyc`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={[field.name, 'criteria', 'investorClasses']}
                    label={t('tiers.criteriaClasses')}
                  >
                    <Select
                      mode="multiple"
                      options={INVESTOR_CLASSES.map((value) => ({
                        value,
                        label: INVESTOR_CLASS_WORDS[value][language],
                      }))}
                      data-testid={`tier-setting-${index}-classes`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'criteria', 'tags']} label={t('tiers.criteriaTags')}>
                    <Select mode="tags" open={false} data-testid={`tier-setting-${index}-tags`} />
                  </Form.Item>
                </Col>
              </Row>
            </section>
          ))
        }
      </Form.List>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="tier-settings-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
