import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../app/useFormats';

/** A due day, red and marked 逾期 when past it (the words, not the colour alone, say so). */
export function DeadlineTag({ day, overdue, testId }: { day: string; overdue: boolean; testId?: string }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return overdue ? (
    <Tag color="error" data-testid={testId}>
      {formats.date(day)} {t('compliance.overdue')}
    </Tag>
  ) : (
    <span data-testid={testId}>{formats.date(day)}</span>
  );
}
