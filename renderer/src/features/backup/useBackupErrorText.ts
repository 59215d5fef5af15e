import { useCallback } from 'react';
import type { AuditWords } from '../../../../shared/ipc/define';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';

/**
 * A refused backup in words: the code's sentence, then the core's reason (`details.problems`:
 * folder missing, truncated, checksum …) in the screen's language.
 */
export function useBackupErrorText(): (error: ErrorInfo) => string {
  const { language } = useLanguage();
  const errorText = useErrorText();
  return useCallback(
    (error: ErrorInfo) => {
      const reason = (error.details as { problems?: AuditWords[] } | undefined)?.problems?.[0]?.[language];
      return reason ? `${errorText(error)}：${reason}` : errorText(error);
    },
    [language, errorText],
  );
}
