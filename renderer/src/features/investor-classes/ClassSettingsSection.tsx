import { Button, Col, Flex, Form, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  investorClassSettingsSchema,
  type InvestorClassSettings,
} from '../../../../shared/features/investor-classes';
import { useSettings } from '../../app/settings';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { AmountInput } from '../../lib/AmountInput';
import { useSettingsSave } from '../settings';

/** The criteria of each class, in the order the settings hold them; the label keys are the field names. */
const GROUPS: readonly { key: keyof InvestorClassSettings; fields: readonly string[] }[] = [
  {
    key: 'professionalNatural',
    fields: ['provableAssetsTwd', 'singleTradeTwd', 'heldAtFirmTwd', 'statedTotalTwd'],
  },
  { key: 'professionalEntity', fields: ['totalAssetsTwd'] },
  { key: 'highAsset', fields: ['investableAssetsTwd', 'heldAtFirmTwd', 'statedTotalTwd'] },
];

/** 投資人分類標準: the firm's thresholds (TWD, typed as 3000萬 or 1.2億), saved as one settings section. */
export function ClassSettingsSection({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { investorClasses } = useSettings().settings;
  const [form] = Form.useForm();
  const { save, busy, changed } = useSettingsSave(
    form,
    investorClassSettingsSchema,
    (value) => ({ investorClasses: value }),
    { guard, name: 'investorClasses', prefix: ['investorClasses'] },
  );

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={investorClasses}
      onValuesChange={changed}
      onFinish={() => void save(form.getFieldsValue(true))}
      data-testid="class-settings"
    >
      {GROUPS.map(({ key, fields }) => (
        <section key={key} aria-label={t(`classes.settings.${key}`)}>
          <Typography.Text strong>{t(`classes.settings.${key}`)}</Typography.Text>
          <Row gutter={16}>
            {fields.map((field) => (
              <Col key={field} xs={24} md={12}>
                <Form.Item name={[key, field]} label={t(`classes.settings.${field}`)}>
                  <AmountInput
                    prefix="NT$"
                    className="full-width"
                    data-testid={`class-setting-${key}-${field}`}
                  />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </section>
      ))}
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="class-settings-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
