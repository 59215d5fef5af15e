import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useChannelQuery } from '../../lib/queries';

export const REGULATORY_PATH = '/regulatory';

/** Above every page from the unlock on, while the session's advisor has updates to acknowledge. */
export function UnreadRegulatoryBanner() {
  const { t } = useTranslation();
  const unread = useChannelQuery('regulatory.unread', {});
  const count = unread.data?.count ?? 0;
  if (count === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      className="backup-reminder"
      data-testid="regulatory-banner"
      title={t('regulatory.banner', { count })}
      action={
        <Link to={REGULATORY_PATH} data-testid="regulatory-banner-go">
          {t('regulatory.bannerAction')}
        </Link>
      }
    />
  );
}
