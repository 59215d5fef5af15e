import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PathRule } from './useIssueRule';
import { CURRENCIES, type AssetHolding } from '../../../../shared/features/clients/schema';
import { useFormats } from '../../app/useFormats';
import { AmountInput } from '../../lib/AmountInput';

/**
 * 可投資資產: one row per currency with its amount. While the client has holdings the summary
 * comes from them, so the figures entered here are shown read-only with a note (`superseded`);
 * the form keeps and saves them unchanged.
 */
export function AssetsField({ rule, superseded }: { rule: PathRule; superseded?: readonly AssetHolding[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  if (superseded) {
    return (
      <Form.Item label={t('client.investableAssets')} data-testid="assets-superseded">
        <Alert type="info" showIcon title={t('form.assetsSuperseded')} />
        {superseded.map((h) => (
          <div key={h.currency}>
            <Typography.Text type="secondary">{formats.money(h.amount, h.currency)}</Typography.Text>
          </div>
        ))}
      </Form.Item>
    );
  }
  return (
    <Form.List name="investableAssets" rules={[rule(['investableAssets'])]}>
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('client.investableAssets')} className="list-field">
          {fields.map((field) => (
            <Space key={field.key} align="baseline" className="list-row" data-testid="asset-row">
              <Form.Item
                name={[field.name, 'currency']}
                rules={[rule(['investableAssets', field.name, 'currency'])]}
                validateTrigger="onBlur"
              >
                <Select
                  aria-label={t('form.currency')}
                  className="currency-select"
                  data-testid={`field-asset-currency-${field.name}`}
                  options={CURRENCIES.map((c) => ({ value: c, label: c }))}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'amount']}
                rules={[rule(['investableAssets', field.name, 'amount'])]}
                validateTrigger="onBlur"
              >
                <AmountInput
                  aria-label={t('form.amount')}
                  className="amount-input"
                  data-testid={`field-asset-amount-${field.name}`}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('form.removeAsset')}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ currency: CURRENCIES[fields.length] ?? undefined, amount: null })}
            disabled={fields.length >= CURRENCIES.length}
            data-testid="add-asset"
          >
            {t('form.addAsset')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
