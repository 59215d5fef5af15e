import { useTranslation } from 'react-i18next';
import { KYC_STATE_WORDS, KYC_STATES } from '../../../../shared/features/kyc';
import { useLanguage } from '../../app/language';
import { FacetSelect, type FacetFilterProps } from '../../lib/FacetSelect';

/** The client list's KYC filter: the clients whose assessment is in one state (facet `kyc`). */
export function KycListFilter(props: FacetFilterProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <FacetSelect
      {...props}
      label={t('kyc.state')}
      options={KYC_STATES.map((state) => ({ value: state, label: KYC_STATE_WORDS[state][language] }))}
      testId="client-kyc-filter"
    />
  );
}
