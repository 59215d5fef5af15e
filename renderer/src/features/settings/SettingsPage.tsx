import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { settingsSections } from '../../app/feature-slots';
import { useLeaveGuard } from '../../app/useLeaveGuard';
import { PageTitle } from '../../app/PageTitle';
import { AdvisorForm } from './AdvisorForm';
import { BrandingForm } from './BrandingForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { FxRatesForm } from './FxRatesForm';
import { PreferencesForm } from './PreferencesForm';

/**
 * 設定: the advisor's name, branding, display and lock preferences, FX rates, other features'
 * sections (KYC, suitability…), and the passphrase.
 * One guard for the page: leaving while any of the forms holds unsaved typing asks first.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const { guard, prompt } = useLeaveGuard();
  return (
    <Flex vertical gap="middle" className="settings-page">
      {prompt}
      <PageTitle>{t('nav.settings')}</PageTitle>
      <Card title={t('settings.advisor')}>
        <AdvisorForm guard={guard} />
      </Card>
      <Card title={t('settings.branding')}>
        <BrandingForm guard={guard} />
      </Card>
      <Card title={t('settings.preferences')}>
        <PreferencesForm guard={guard} />
      </Card>
      <Card title={t('settings.fxRates')}>
        <FxRatesForm guard={guard} />
      </Card>
      {settingsSections().map(({ key, titleKey, Section }) => (
        <Card key={key} title={t(titleKey)}>
          <Section guard={guard} />
        </Card>
      ))}
      <Card title={t('settings.passphrase')}>
        <ChangePassphraseForm guard={guard} />
      </Card>
    </Flex>
  );
}
