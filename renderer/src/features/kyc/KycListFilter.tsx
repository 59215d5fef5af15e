import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { KYC_STATE_WORDS, KYC_STATES } from '../../../../shared/features/kyc';
import { useLanguage } from '../../app/language';

/** The client list's KYC filter: the clients whose assessment is in one state (facet `kyc`). */
export function KycListFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Select<string>
      allowClear
      className="filter-select"
      placeholder={t('kyc.state')}
      aria-label={t('kyc.state')}
      value={value}
      onChange={onChange}
      options={KYC_STATES.map((state) => ({ value: state, label: KYC_STATE_WORDS[state][language] }))}
      data-testid="client-kyc-filter"
    />
  );
}
