import { EyeInvisibleOutlined, EyeOutlined, LockOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { usePrivacy } from './privacy';
import { useSettings } from './settings';

/** Firm branding, the language switch, the privacy toggle (Ctrl+Shift+H) and the lock button. */
export function HeaderBar({ onLock }: { onLock: () => void }) {
  const { t } = useTranslation();
  const { branding } = useSettings().settings;
  const { hideAmounts, setHideAmounts } = usePrivacy();

  return (
    <Layout.Header className="app-header" style={{ borderBottomColor: branding.primaryColor }}>
      <Space>
        {branding.logoDataUrl ? <img className="app-logo" src={branding.logoDataUrl} alt="" /> : null}
        <span className="app-firm-name" data-testid="firm-name">
          {branding.firmName}
        </span>
        <Typography.Text type="secondary">{t('app.title')}</Typography.Text>
      </Space>
      <Space>
        <LanguageSwitch />
        <Button
          data-testid="privacy-toggle"
          aria-pressed={hideAmounts}
          aria-keyshortcuts="Control+Shift+H"
          title={t('header.privacyShortcut')}
          icon={hideAmounts ? <EyeInvisibleOutlined /> : <EyeOutlined />}
          onClick={() => setHideAmounts(!hideAmounts)}
        >
          {t('header.hideAmounts')}
        </Button>
        <Button data-testid="lock-button" icon={<LockOutlined />} onClick={() => onLock()}>
          {t('header.lock')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
