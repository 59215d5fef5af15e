import { useCallback } from 'react';
import { OVERRIDE_REFUSALS, type OverrideRefusal } from '../../../../shared/features/suitability';
import { translateValidation } from '../../../../shared/i18n/messages';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import type { ApiError } from '../../lib/api';
import { serverIssues } from '../../lib/fieldErrors';

function refusalOf(details: unknown): OverrideRefusal | null {
  const reason = (details as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' && Object.hasOwn(OVERRIDE_REFUSALS, reason)
    ? (reason as OverrideRefusal)
    : null;
}

/** Why an override was refused, in the user's language (a block is never overridable, a field's issue, …). */
export function useOverrideErrorText(): (error: ApiError) => string {
  const { language } = useLanguage();
  const errorText = useErrorText();
  return useCallback(
    (error: ApiError) => {
      const refusal = refusalOf(error.details);
      if (refusal) return OVERRIDE_REFUSALS[refusal][language];
      const issues = serverIssues(error.details);
      if (issues.length > 0) return issues.map((i) => translateValidation(i.message, language)).join(' ');
      return errorText(error.info);
    },
    [errorText, language],
  );
}
