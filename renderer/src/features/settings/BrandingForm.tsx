import { Button, ColorPicker, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { brandingSchema, type Branding } from '../../../../shared/features/settings/schema';
import { useSettings } from '../../app/settings';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { LogoField } from './LogoField';
import { useSettingsSave } from './useSettingsSave';

/** Firm name, colour and logo, as the header and every document show them. */
export function BrandingForm({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { branding } = useSettings().settings;
  const [form] = Form.useForm<Branding>();
  const { save, busy, changed } = useSettingsSave(form, brandingSchema, (value) => ({ branding: value }), {
    guard,
    name: 'branding',
    prefix: ['branding'],
  });

  return (
    <Form<Branding>
      form={form}
      layout="vertical"
      initialValues={branding}
      onValuesChange={changed}
      onFinish={(values) => void save(values)}
    >
      <Form.Item name="firmName" label={t('settings.firmName')} required>
        <Input maxLength={60} data-testid="settings-firmName" />
      </Form.Item>
      <Form.Item
        name="primaryColor"
        label={t('settings.primaryColor')}
        getValueFromEvent={(color: { toHexString: () => string }) => color.toHexString()}
      >
        <ColorPicker format="hex" disabledAlpha showText data-testid="settings-primaryColor" />
      </Form.Item>
      <Form.Item name="logoDataUrl" label={t('settings.logo')} extra={t('settings.logoHint')}>
        <LogoField />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="settings-branding-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
