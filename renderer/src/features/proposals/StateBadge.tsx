import { PROPOSAL_STATE_WORDS, type ProposalState } from '../../../../shared/features/proposals';
import { useLanguage } from '../../app/language';

/** The app's badge tones (4.5:1 on their tint), one per state; the word reads without the colour. */
const TONE: Record<ProposalState, string> = {
  draft: 'tone-info',
  presented: 'tone-caution',
  accepted: 'tone-ok',
  partly_accepted: 'tone-ok',
  declined: 'tone-danger',
  expired: '',
};

export function ProposalStateBadge({ state }: { state: ProposalState }) {
  const { language } = useLanguage();
  return (
    <span className={`status-badge ${TONE[state]}`} data-testid="proposal-state" data-state={state}>
      {PROPOSAL_STATE_WORDS[state][language]}
    </span>
  );
}
