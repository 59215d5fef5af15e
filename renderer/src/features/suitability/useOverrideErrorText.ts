import { useCallback } from 'react';
import { OVERRIDE_REFUSALS, type OverrideRefusal } from '../../../../shared/features/suitability';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import type { ApiError } from '../../lib/api';

function refusalOf(details: unknown): OverrideRefusal | null {
  const reason = (details as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' && Object.hasOwn(OVERRIDE_REFUSALS, reason)
    ? (reason as OverrideRefusal)
    : null;
}

/** Why an override was refused, in the user's language (a block is never overridable, …). */
export function useOverrideErrorText(): (error: ApiError) => string {
  const { language } = useLanguage();
  const errorText = useErrorText();
  return useCallback(
    (error: ApiError) => {
      const refusal = refusalOf(error.details);
      return refusal ? OVERRIDE_REFUSALS[refusal][language] : errorText(error.info);
    },
    [errorText, language],
  );
}
