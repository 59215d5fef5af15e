import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ISSUING_BODY_WORDS } from '../../../../shared/features/regulatory-updates';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { HomeCardFrame } from '../activities';
import { REGULATORY_PATH } from './UnreadRegulatoryBanner';

/** 今日 › 未讀法規動態: the updates the session's advisor has not acknowledged, newest first. */
export function RegulatoryHomeCard() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const unread = useChannelQuery('regulatory.list', { unreadOnly: true });
  return (
    <HomeCardFrame
      title={t('regulatory.home')}
      testId="home-regulatory"
      error={unread.error}
      empty={t('regulatory.homeNone')}
      items={
        unread.data?.map((update) => (
          <li key={update.id}>
            {formats.date(update.issuedOn)} {ISSUING_BODY_WORDS[update.issuer][language]}{' '}
            <Link to={REGULATORY_PATH}>{update.title}</Link>
          </li>
        )) ?? null
      }
    />
  );
}
