import { useState } from 'react';
import { Button, ColorPicker, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { brandingSchema, type Branding } from '../../../../shared/features/settings/schema';
import { useSettings } from '../../app/settings';
import { LogoField } from './LogoField';
import { useSettingsSave } from './useSettingsSave';

/** Firm name, colour and logo, as the header and every document show them. */
export function BrandingForm() {
  const { t } = useTranslation();
  const { branding } = useSettings().settings;
  const [form] = Form.useForm<Branding>();
  const [busy, setBusy] = useState(false);
  const save = useSettingsSave(form, brandingSchema, (value) => ({ branding: value }), ['branding']);

  return (
    <Form<Branding>
      form={form}
      layout="vertical"
      initialValues={branding}
      onFinish={async (values) => {
        setBusy(true);
        await save(values);
        setBusy(false);
      }}
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
