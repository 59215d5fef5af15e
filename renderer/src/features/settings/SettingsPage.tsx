import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../app/PageTitle';
import { BrandingForm } from './BrandingForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { FxRatesForm } from './FxRatesForm';
import { PreferencesForm } from './PreferencesForm';

/** 設定: branding, display and lock preferences, FX rates, and the passphrase. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="middle" className="settings-page">
      <PageTitle>{t('nav.settings')}</PageTitle>
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
