import { Alert } from 'antd';
import { z } from 'zod';
import type { KycProblem } from '../../../../shared/features/kyc';
import { useLanguage } from '../../app/language';

const problemsSchema = z.object({
  problems: z.array(z.object({ 'zh-TW': z.string(), en: z.string(), questionId: z.string().nullable() })),
});

/** The worded problems of a refused questionnaire or set of answers, from an error's details. */
export function problemsOf(details: unknown): KycProblem[] {
  const parsed = problemsSchema.safeParse(details);
  return parsed.success ? parsed.data.problems : [];
}

export function ProblemList({ problems, title }: { problems: readonly KycProblem[]; title?: string }) {
  const { language } = useLanguage();
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      data-testid="kyc-problems"
      description={
        <ul>
          {problems.map((problem) => (
            <li key={problem[language]}>{problem[language]}</li>
          ))}
        </ul>
      }
    />
  );
}
