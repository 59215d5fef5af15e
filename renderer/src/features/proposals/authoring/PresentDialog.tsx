import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../../../shared/features/proposals';
import { useErrorText } from '../../../app/useErrorText';
import { ConfirmModal } from '../../../lib/ConfirmModal';
import { useChannelMutation } from '../../../lib/queries';
import { useBlockingReasons } from '../useBlockingReasons';

/**
 * 提出建議書: lists what is frozen from now on, then presents; the core's reasons for refusing
 * (KYC not current, a blocked product, an override not approved, a 推介理由 missing) as a list.
 */
export function PresentDialog({
  open,
  proposal,
  onClose,
}: {
  open: boolean;
  proposal: Proposal;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const reasonsOf = useBlockingReasons();
  const present = useChannelMutation('proposals.present', {
    invalidates: ['proposals.list', 'proposals.get', 'proposals.report'],
    onSuccess: onClose,
  });
  const reasons = present.error ? reasonsOf(present.error.details) : [];
  const close = () => {
    present.reset();
    onClose();
  };
  return (
    <ConfirmModal
      open={open}
      title={t('proposals.presentTitle', { number: proposal.number })}
      onCancel={close}
      confirmOnEnter
      ok={{
        text: t('proposals.presentConfirm'),
        loading: present.isPending,
        testId: 'proposal-present-confirm',
        onClick: () => present.mutate({ id: proposal.id, version: proposal.version }),
      }}
    >
      <p>{t('proposals.presentIntro')}</p>
      <ul data-testid="proposal-frozen-list">
        {(['content', 'products', 'assumptions', 'findings', 'analysis', 'pdf'] as const).map((part) => (
          <li key={part}>{t(`proposals.frozen.${part}`)}</li>
        ))}
      </ul>
      {present.error ? (
        <Alert
          type="error"
          showIcon
          data-testid="proposal-present-error"
          title={errorText(present.error)}
          description={
            reasons.length > 0 ? (
              <ul data-testid="proposal-present-reasons">
                {reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}
    </ConfirmModal>
  );
}
