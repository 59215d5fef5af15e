import { Alert } from 'antd';
import { z } from 'zod';
import type { AssumptionsProblem } from '../../../../shared/features/capital-markets';
import { useLanguage } from '../../app/language';

const problemsSchema = z.object({
  problems: z.array(
    z.object({
      'zh-TW': z.string(),
      en: z.string(),
      assetId: z.string().nullable(),
      cell: z.tuple([z.number(), z.number()]).nullable(),
    }),
  ),
});

/** The worded problems of a refused assumptions document, from an error's details. */
export function problemsOf(details: unknown): AssumptionsProblem[] {
  const parsed = problemsSchema.safeParse(details);
  return parsed.success ? parsed.data.problems : [];
}

/** Each problem names its asset class or correlation cell, in the screen's language. */
export function ProblemList({ problems, title }: { problems: readonly AssumptionsProblem[]; title: string }) {
  const { language } = useLanguage();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      data-testid="assumptions-problems"
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
