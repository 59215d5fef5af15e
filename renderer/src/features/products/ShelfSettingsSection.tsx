import { Alert, Button, Flex, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ASSET_CLASS_WORDS,
  ASSET_CLASSES,
  type AssetClassId,
  type ProductSummary,
} from '../../../../shared/features/products';
import { shelfSettingsSchema } from '../../../../shared/features/products/settings';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { useErrorText } from '../../app/useErrorText';
import { useChannelQuery } from '../../lib/queries';
import { useSettingsSave } from '../settings';

type Values = Partial<Record<AssetClassId, string | null>>;
const APPROVED = { state: 'approved' } as const;

/**
 * 設定 › 商品架偏好商品: per asset class, one approved product of that class (or none), which a
 * proposal's first draft puts in the class. A preferred product no longer approved shows as none.
 */
export function ShelfSettingsSection({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const { shelf } = useSettings().settings;
  const approved = useChannelQuery('products.list', APPROVED);
  const [form] = Form.useForm<Values>();
  const { save, busy, changed } = useSettingsSave(form, shelfSettingsSchema, (value) => ({ shelf: value }), {
    guard,
    name: 'shelf',
    prefix: ['shelf'],
  });

  const byClass = new Map<string, ProductSummary[]>();
  for (const p of approved.data?.items ?? [])
    byClass.set(p.assetClass, [...(byClass.get(p.assetClass) ?? []), p]);
  const approvedIds = new Set((approved.data?.items ?? []).map((p) => p.id));
  const initial: Values = Object.fromEntries(
    Object.entries(shelf.preferredByAssetClass).filter(([, id]) => approvedIds.has(id)),
  );

  function finish(values: Values) {
    const preferredByAssetClass = Object.fromEntries(
      Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
    void save({ ...shelf, preferredByAssetClass });
  }

  if (approved.error) return <Alert type="error" showIcon title={errorText(approved.error)} />;
  if (!approved.data) return null;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial}
      onValuesChange={changed}
      onFinish={finish}
      data-testid="shelf-settings"
    >
      <Typography.Paragraph type="secondary">{t('shelfSettings.intro')}</Typography.Paragraph>
      <div className="form-grid">
        {ASSET_CLASSES.map((assetClass) => {
          const products = byClass.get(assetClass) ?? [];
          return (
            <Form.Item
              key={assetClass}
              name={assetClass}
              label={ASSET_CLASS_WORDS[assetClass][language]}
              extra={products.length === 0 ? t('shelfSettings.noneApproved') : undefined}
            >
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('shelfSettings.none')}
                disabled={products.length === 0}
                data-testid={`shelf-preferred-${assetClass}`}
                options={products.map((p) => ({
                  value: p.id,
                  label: `${p.code} ${language === 'en' && p.nameEn ? p.nameEn : p.nameZh}`,
                }))}
              />
            </Form.Item>
          );
        })}
      </div>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="shelf-settings-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
