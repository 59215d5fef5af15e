import { keepPreviousData } from '@tanstack/react-query';
import type { ProposalContent } from '../../../../../shared/features/proposals';
import { useChannelQuery } from '../../../lib/queries';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';

/** Typing pauses this long before the content is sent for analysis. */
export const ANALYSE_DEBOUNCE_MS = 150;

/**
 * The live analysis of the content being edited: sent ~150 ms after the last change, the previous
 * answer kept on screen while the next one is computed (no flicker, the page stays usable). A
 * content that is not valid yet (null) is not sent; the last answer stays.
 */
export function useLiveAnalysis(clientId: string, content: ProposalContent | null) {
  const debounced = useDebouncedValue(content, ANALYSE_DEBOUNCE_MS);
  const query = useChannelQuery(
    'proposals.analyse',
    { clientId, content: debounced ?? (content as ProposalContent) },
    { enabled: debounced !== null, placeholderData: keepPreviousData, staleTime: Infinity },
  );
  const waiting = content !== debounced;
  return {
    analysed: query.data ?? null,
    /** A newer content is waiting for its answer (debouncing or computing). */
    computing: content !== null && (waiting || query.isFetching),
    error: query.error,
  };
}
