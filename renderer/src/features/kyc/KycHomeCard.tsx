import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { ClientLink, HomeCardFrame } from '../activities';

/** 今日 › KYC expiring: the profiles past their date first, then those within the notice days. */
export function KycHomeCard() {
  const { t } = useTranslation();
  const formats = useFormats();
  const due = useChannelQuery('kyc.duePending', {});
  const rows = due.data ? [...due.data.expired, ...due.data.expiring] : null;
  return (
    <HomeCardFrame
      title={t('kyc.home')}
      testId="home-kyc"
      error={due.error}
      empty={t('kyc.homeNone')}
      items={
        rows?.map((row) => (
          <li key={row.clientId}>
            {row.state === 'expired' ? <Tag color="red">{t('kyc.homeExpired')}</Tag> : null}
            {formats.date(row.validUntil)} <ClientLink id={row.clientId} name={row.clientName} />
          </li>
        )) ?? null
      }
    />
  );
}
