import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAX_OVERDUE_PAGE, SERVICE_KIND_WORDS, type OverdueRow } from '../../../../shared/features/tiers';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useChannelQuery } from '../../lib/queries';
import { tierPaths } from '../tiers';
import { ClientLink, HomeCardFrame } from './HomeCards';

/** The most late clients shown per tier; the card says how many more there are. */
const PER_TIER = 5;

/**
 * 今日 › contacts and reviews overdue by tier, from the tiers feature's `tiers.overdue` (due or
 * late contacts, portfolio reviews and KYC re-assessments by each tier's service plan), the
 * latest first. Until the tiers have been recomputed the list is empty and the card says so.
 */
export function OverdueCard() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { settings } = useSettings();
  // The most late few of each tier, and each tier's count: not the whole book's list.
  const overdue = useChannelQuery('tiers.overdue', { perTier: PER_TIER, limit: MAX_OVERDUE_PAGE });
  const byTier = settings.tiers.tiers.map((tier) => ({
    tier,
    count: overdue.data?.byTier.find((entry) => entry.tierKey === tier.key)?.count ?? 0,
    rows: (overdue.data?.rows ?? []).filter((row) => row.tierKey === tier.key),
  }));
  const line = (row: OverdueRow) => (
    <li key={`${row.clientId}-${row.kind}`}>
      <ClientLink id={row.clientId} name={row.clientName} /> {SERVICE_KIND_WORDS[row.kind][language]}{' '}
      <Typography.Text type={row.daysLate > 0 ? 'danger' : 'secondary'}>
        {row.daysLate > 0 ? t('home.daysLate', { count: row.daysLate }) : t('home.dueToday')}
      </Typography.Text>
    </li>
  );
  return (
    <HomeCardFrame
      title={t('home.overdue')}
      testId="home-overdue"
      error={overdue.error}
      empty={
        overdue.data?.recomputedAt === null ? (
          <>
            {t('home.overdueNotTiered')}{' '}
            <Link to={tierPaths.overdue} data-testid="home-recompute-tiers">
              {t('home.overdueRecompute')}
            </Link>
          </>
        ) : (
          t('home.noOverdue')
        )
      }
      items={
        overdue.data
          ? byTier
              .filter(({ count }) => count > 0)
              .map(({ tier, count, rows }) => (
                <li key={tier.key} data-testid={`home-overdue-${tier.key}`}>
                  <Tag>{tier.name[language]}</Tag>
                  {t('home.overdueCount', { count })}
                  <ul className="home-list">{rows.map(line)}</ul>
                </li>
              ))
          : null
      }
    />
  );
}
