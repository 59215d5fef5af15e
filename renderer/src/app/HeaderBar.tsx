import { LockOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { useSettings } from './settings';

/** Firm branding, the language switch and the lock button. */
export function HeaderBar({ onLock }: { onLock: () => void }) {
  const { t } = useTranslation();
  const { branding } = useSettings().settings;

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
        <Button data-testid="lock-button" icon={<LockOutlined />} onClick={() => onLock()}>
          {t('header.lock')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
