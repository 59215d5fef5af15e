import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { VaultCard } from './VaultCard';

/**
 * The browser host answers only calls carrying the token of the address it printed at start-up,
 * and that token changes at every start. A tab opened without it (a bookmark, a copied address
 * without #token=, an old tab after a restart) can never succeed, so it says how to get a fresh
 * link rather than offering to retry.
 */
export function LaunchLinkHelp() {
  const { t } = useTranslation();
  return (
    <VaultCard title={t('launchLink.title')}>
      <div data-testid="launch-link-help">
        <Alert type="warning" showIcon title={t('launchLink.why')} className="form-alert" />
        <Typography.Paragraph>{t('launchLink.howIntro')}</Typography.Paragraph>
        <ol>
          <li>{t('launchLink.stepRestart')}</li>
          <li>{t('launchLink.stepOpen')}</li>
        </ol>
        <Typography.Paragraph type="secondary">{t('launchLink.sameData')}</Typography.Paragraph>
      </div>
    </VaultCard>
  );
}
