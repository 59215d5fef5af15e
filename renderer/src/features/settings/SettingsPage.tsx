import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AdvisorForm } from './AdvisorForm';
import { BrandingForm } from './BrandingForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { FxRatesForm } from './FxRatesForm';
import { PreferencesForm } from './PreferencesForm';

/** 設定: the advisor's name, branding, display and lock preferences, FX rates, and the passphrase. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="middle" className="settings-page">
      <Typography.Title level={3} className="page-title">
        {t('nav.settings')}
      </Typography.Title>
      <Card title={t('settings.advisor')}>
        <AdvisorForm />
      </Card>
      <Card title={t('settings.branding')}>
        <BrandingForm />
      </Card>
      <Card title={t('settings.preferences')}>
        <PreferencesForm />
      </Card>
      <Card title={t('settings.fxRates')}>
        <FxRatesForm />
      </Card>
      <Card title={t('settings.passphrase')}>
        <ChangePassphraseForm />
      </Card>
    </Flex>
  );
}
