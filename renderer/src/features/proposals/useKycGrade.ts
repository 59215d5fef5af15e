import { useCallback } from 'react';
import { gradeLabel, type RiskGrade } from '../../../../shared/features/kyc';
import { useLanguage } from '../../app/language';

/** A KYC grade in the screen's language (C3 穩健型). */
export function useKycGrade(): (grade: RiskGrade) => string {
  const { language } = useLanguage();
  return useCallback((grade: RiskGrade) => gradeLabel(grade, language), [language]);
}
