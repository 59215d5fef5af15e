import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OVERDUE_FILTER_WORDS, OVERDUE_FILTERS } from '../../../../shared/features/tiers/words';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';

interface FilterProps {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/** The client list's 分級 filter: the firm's tiers from 設定 (facet `tier`). */
export function TierFilter({ value, onChange }: FilterProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { tiers } = useSettings().settings;
  return (
    <Select<string>
      allowClear
      className="filter-select"
      placeholder={t('tiers.filterTier')}
      aria-label={t('tiers.filterTier')}
      value={value}
      onChange={onChange}
      options={tiers.tiers.map((tier) => ({ value: tier.key, label: tier.name[language] }))}
      data-testid="client-tier-filter"
    />
  );
}

/** The client list's 逾期 filter: any overdue service, or one kind of them (facet `overdue`). */
export function OverdueFilter({ value, onChange }: FilterProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Select<string>
      allowClear
      className="filter-overdue"
      placeholder={t('tiers.listOverdue')}
      aria-label={t('tiers.listOverdue')}
      value={value}
      onChange={onChange}
      options={OVERDUE_FILTERS.map((filter) => ({
        value: filter,
        label:
          filter === 'any'
            ? OVERDUE_FILTER_WORDS.any[language]
            : t('tiers.listOverdueKind', { kind: OVERDUE_FILTER_WORDS[filter][language] }),
      }))}
      data-testid="client-overdue-filter"
    />
  );
}
