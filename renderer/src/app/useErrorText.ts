import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../shared/ipc/result';
import { errorText } from '../lib/errorText';
import { useLanguage } from './language';

/** Returns a function giving the user-facing sentence for an error. */
export function useErrorText(): (error: ErrorInfo) => string {
  const { language } = useLanguage();
  const { t } = useTranslation();
  return useCallback(
    (error: ErrorInfo) => errorText(error, language, (seconds) => t('error.backoffSeconds', { seconds })),
    [language, t],
  );
}
