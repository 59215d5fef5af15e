import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/features/kyc';
import { useFormats } from '../../app/useFormats';
import { ConfirmationText } from './ConfirmationText';
import { FormPdfButton } from './FormPdfButton';
import { useKycWords } from './useKycWords';

/** Every assessment of the client, newest first, each with its form PDF. */
export function KycHistory({ assessments }: { assessments: readonly Assessment[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const { grade } = useKycWords();
  return (
    <>
      <Typography.Text strong>{t('kyc.history')}</Typography.Text>
      <Table<Assessment>
        size="small"
        rowKey="id"
        data-testid="kyc-history"
        dataSource={[...assessments]}
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        columns={[
          { title: t('kyc.takenOn'), key: 'takenOn', render: (_, a) => formats.date(a.takenOn) },
          { title: t('kyc.grade'), key: 'grade', render: (_, a) => grade(a.grade) },
          {
            title: t('kyc.scores'),
            key: 'scores',
            render: (_, a) => `${a.scores.tolerance} / ${a.scores.capacity}`,
          },
          { title: t('kyc.validUntil'), key: 'validUntil', render: (_, a) => formats.date(a.validUntil) },
          {
            title: t('kyc.questionnaire'),
            key: 'questionnaire',
            render: (_, a) => `${a.questionnaire.id}@${a.questionnaire.version}`,
          },
          {
            title: t('kyc.confirmation'),
            key: 'confirmation',
            render: (_, a) =>
              a.confirmation ? <ConfirmationText confirmation={a.confirmation} /> : t('kyc.notConfirmed'),
          },
          {
            title: t('kyc.review'),
            key: 'review',
            render: (_, a) =>
              a.review
                ? t('kyc.reviewedBy', { name: a.review.reviewer, date: formats.date(a.review.on) })
                : a.flags.length > 0
                  ? t('kyc.flagged')
                  : '—',
          },
          { title: t('kyc.pdf'), key: 'pdf', render: (_, a) => <FormPdfButton assessmentId={a.id} small /> },
        ]}
      />
    </>
  );
}
