import { Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RiskGrade } from '../../../../../shared/features/kyc';
import { useFormats } from '../../../app/useFormats';
import { clientPaths } from '../../clients';
import { useKycGrade } from '../useKycGrade';

/** The KYC a proposal stands on: the grade, until when it holds and its state then. */
export interface KycShown {
  grade: RiskGrade;
  validUntil: string;
  state: string;
}

const TONE: Record<string, string> = { current: 'tone-ok', expired: 'tone-danger' };

/**
 * Who the proposal is for: the client (to the dossier), the KYC grade and until when it holds
 * (expired in red: a proposal cannot be presented on it) and the assumptions version.
 */
export function ClientHeader({
  clientId,
  clientName,
  kyc,
  kycState,
  assumptionsVersion,
}: {
  clientId: string;
  clientName: string;
  kyc: KycShown | null;
  /** The state when there is no profile (none) or while it loads (undefined). */
  kycState: string | undefined;
  assumptionsVersion: string;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  const grade = useKycGrade();
  const state = kyc?.state ?? kycState;
  const expired = state === 'expired';
  return (
    <Descriptions
      size="small"
      className="proposal-header"
      column={{ xs: 1, md: 2, xl: 4 }}
      items={[
        {
          key: 'client',
          label: t('proposals.client'),
          children: (
            <Link to={clientPaths.dossier(clientId)} data-testid="proposal-client">
              {clientName}
            </Link>
          ),
        },
        {
          key: 'grade',
          label: t('proposals.kycGrade'),
          children: (
            <Flex gap="small" align="center" wrap>
              <span data-testid="proposal-kyc-grade">{kyc ? grade(kyc.grade) : '—'}</span>
              {state ? (
                <span
                  className={`status-badge ${TONE[state] ?? 'tone-caution'}`}
                  data-testid="proposal-kyc-state"
                  data-state={state}
                >
                  {t(`kyc.state.${state}`)}
                </span>
              ) : null}
            </Flex>
          ),
        },
        {
          key: 'valid',
          label: t('proposals.kycValidUntil'),
          children: (
            <span className={expired ? 'text-danger' : undefined} data-testid="proposal-kyc-valid">
              {kyc ? formats.date(kyc.validUntil) : '—'}
            </span>
          ),
        },
        {
          key: 'assumptions',
          label: t('proposals.assumptions'),
          children: <span data-testid="proposal-assumptions">{assumptionsVersion}</span>,
        },
      ]}
    />
  );
}
