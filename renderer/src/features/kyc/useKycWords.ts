import { useCallback } from 'react';
import { gradeLabel, type RiskGrade } from '../../../../shared/features/kyc';
import type { AuditWords } from '../../../../shared/ipc/define';
import { useLanguage } from '../../app/language';

/** Shared words (grades, methods, dimensions, flags) in the screen's language. */
export function useKycWords() {
  const { language } = useLanguage();
  return {
    grade: useCallback((grade: RiskGrade) => gradeLabel(grade, language), [language]),
    words: useCallback((words: AuditWords) => words[language], [language]),
  };
}
