import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DraftNote } from '../../../../shared/features/proposals';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useChannelMutation } from '../../lib/queries';
import { proposalPaths } from './paths';

/** What the authoring page is opened with after a first draft: the draft's notes to the advisor. */
export interface DraftedState {
  notes: DraftNote[];
}

const reasonOf = (details: unknown) =>
  typeof details === 'object' && details !== null && 'reason' in details ? details.reason : null;

/** The first draft in one action (proposals.draft), then its authoring page with the draft's notes. */
export function useDraftProposal() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { t } = useTranslation();
  const { language } = useLanguage();
  const draft = useChannelMutation('proposals.draft', {
    onSuccess: ({ proposal, notes }) =>
      void navigate(proposalPaths.proposal(proposal.id), { state: { notes } satisfies DraftedState }),
    onError: (error) =>
      void message.error(
        reasonOf(error.details) === 'no_preferred_product'
          ? t('proposals.draftNoPreferred')
          : errorText(error),
      ),
  });
  return {
    start: (clientId: string) => draft.mutate({ clientId, kind: 'allocation', language }),
    pending: draft.isPending,
  };
}
