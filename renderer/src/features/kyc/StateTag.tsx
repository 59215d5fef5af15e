import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { KycState } from '../../../../shared/features/kyc';

/** The clients' status colours (styles.css `.status-*`, 4.5:1 on their tint), plus a red for expired. */
const CLASSES: Record<KycState, string> = {
  none: 'status-badge',
  expired: 'status-badge',
  unconfirmed: 'status-badge status-dormant',
  needs_review: 'status-badge status-dormant',
  current: 'status-badge status-active',
};
const EXPIRED: CSSProperties = { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' };

export function KycStateTag({ state }: { state: KycState }) {
  const { t } = useTranslation();
  return (
    <span
      className={CLASSES[state]}
      style={state === 'expired' ? EXPIRED : undefined}
      data-testid="kyc-state"
    >
      {t(`kyc.state.${state}`)}
    </span>
  );
}
