import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { suitabilityItemsOf, type ProposalContent } from '../../../../../shared/features/proposals';
import {
  isSameFinding,
  OVERRIDE_STATUS_WORDS,
  type Finding,
} from '../../../../../shared/features/suitability';
import { useLanguage } from '../../../app/language';
import { useErrorText } from '../../../app/useErrorText';
import { queryHasPrefix, useChannelMutation, useChannelQuery } from '../../../lib/queries';
import { OverrideRequestDialog } from '../../suitability';
import { approvalsKey, overrideStateOf, type OverrideState } from './overrides';

const TONE: Record<Exclude<OverrideState, 'none'>, string> = {
  pending: 'tone-caution',
  approved: 'tone-ok',
  rejected: 'tone-danger',
};

/**
 * Overrides asked for from the authoring screen. Beside a finding that needs approval: its
 * override's state, and a button to ask for one (again, after a rejection). Asking saves a
 * suitability check of the proposal's items (an override names a saved check), then opens the
 * suitability feature's request dialog on that check's finding. When an approval arrives the live
 * analysis is asked again, so the finding reads 已核准 and presenting is no longer refused for it.
 */
export function useOverrideRequests(clientId: string, content: ProposalContent | null) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const overrides = useChannelQuery('suitability.overrides', { clientId });
  const check = useChannelMutation('suitability.check', { invalidates: [] });
  const [asking, setAsking] = useState<{ checkId: string; finding: Finding } | null>(null);

  const approved = overrides.data ? approvalsKey(overrides.data.items) : null;
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (approved === null) return;
    if (seen.current !== null && seen.current !== approved)
      void queryClient.invalidateQueries({ predicate: (q) => queryHasPrefix(q, ['proposals.analyse']) });
    seen.current = approved;
  }, [approved, queryClient]);

  const ask = (finding: Finding) => {
    if (!content) return;
    check.mutate(
      { clientId, items: suitabilityItemsOf(content) },
      {
        onSuccess: (saved) => {
          const found = saved.findings.find((f) => isSameFinding(f, finding));
          if (found?.severity === 'needs_approval') setAsking({ checkId: saved.checkId, finding: found });
          else void message.warning(t('proposals.overrideFindingChanged'));
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );
  };

  const action = (finding: Finding): ReactNode => {
    // An overridden finding already reads 已核准例外 by its severity.
    if (finding.severity !== 'needs_approval') return null;
    const state = overrideStateOf(finding, overrides.data?.items ?? []);
    return (
      <span className="proposal-override" data-testid={`override-${finding.code}`} data-state={state}>
        {state !== 'none' ? (
          <span className={`status-badge ${TONE[state]}`}>{OVERRIDE_STATUS_WORDS[state][language]}</span>
        ) : null}
        {state === 'none' || state === 'rejected' ? (
          <Button
            size="small"
            onClick={() => ask(finding)}
            loading={check.isPending}
            disabled={!content}
            data-testid={`override-request-${finding.code}`}
          >
            {t('proposals.requestOverride')}
          </Button>
        ) : null}
      </span>
    );
  };

  const dialog = (
    <OverrideRequestDialog
      checkId={asking?.checkId ?? ''}
      finding={asking?.finding ?? null}
      onClose={() => setAsking(null)}
    />
  );
  return { action, dialog };
}
