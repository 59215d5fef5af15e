import { useTranslation } from 'react-i18next';
import { OVERDUE_FILTER_WORDS, OVERDUE_FILTERS } from '../../../../shared/features/tiers/words';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { FacetSelect, type FacetFilterProps } from '../../lib/FacetSelect';

/** The client list's 分級 filter: the firm's tiers from 設定 (facet `tier`). */
export function TierFilter(props: FacetFilterProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { tiers } = useSettings().settings;
  return (
    <FacetSelect
      {...props}
      label={t('tiers.filterTier')}
      options={tiers.tiers.map((tier) => ({ value: tier.key, label: tier.name[language] }))}
      testId="client-tier-filter"
    />
  );
}

/** The client list's 逾期 filter: any overdue service, or one kind of them (facet `overdue`). */
export function OverdueFilter(props: FacetFilterProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <FacetSelect
      {...props}
      label={t('tiers.listOverdue')}
      className="filter-overdue"
      options={OVERDUE_FILTERS.map((filter) => ({
        value: filter,
        label:
          filter === 'any'
            ? OVERDUE_FILTER_WORDS.any[language]
            : t('tiers.listOverdueKind', { kind: OVERDUE_FILTER_WORDS[filter][language] }),
      }))}
      testId="client-overdue-filter"
    />
  );
}
