import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Client } from '../../../../shared/features/clients';
import {
  DIMENSION_WORDS,
  GRADE_RULE_WORDS,
  type Assessment,
  type Questionnaire,
} from '../../../../shared/features/kyc';
import { PageTitle } from '../../app/PageTitle';
import { useFormats } from '../../app/useFormats';
import { clientPaths } from '../clients';
import { ConfirmForm } from './ConfirmForm';
import { ConfirmationText } from './ConfirmationText';
import { FormPdfButton } from './FormPdfButton';
import { useKycWords } from './useKycWords';

/** The result the client sees: the grade in large type, both scores, any flags, then the confirmation. */
export function KycResult({
  assessment: taken,
  client,
  questionnaire,
}: {
  assessment: Assessment;
  client: Client;
  questionnaire: Questionnaire;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formats = useFormats();
  const { grade, words } = useKycWords();
  const [assessment, setAssessment] = useState(taken);
  const level = (value: number) => grade({ scale: assessment.grade.scale, level: value });

  return (
    <Flex vertical gap="middle">
      <PageTitle testId="kyc-result-title">{t('kyc.resultTitle', { name: client.name })}</PageTitle>
      <Card>
        <Flex vertical gap="middle">
          <Typography.Text>{t('kyc.grade')}</Typography.Text>
          <Typography.Text strong style={{ fontSize: 36 }} data-testid="kyc-result-grade">
            {grade(assessment.grade)}
          </Typography.Text>
          <Descriptions
            column={1}
            size="small"
            items={[
              ...(['tolerance', 'capacity'] as const).map((d) => ({
                key: d,
                label: words(DIMENSION_WORDS[d]),
                children: t('kyc.score', {
                  points: assessment.scores[d],
                  level: level(assessment.levels[d]),
                }),
              })),
              {
                key: 'rule',
                label: t('kyc.gradeRule'),
                children: words(GRADE_RULE_WORDS[assessment.gradeRule]),
              },
              {
                key: 'valid',
                label: t('kyc.validUntil'),
                children: formats.date(assessment.validUntil, 'long'),
              },
              {
                key: 'version',
                label: t('kyc.questionnaire'),
                children: `${questionnaire.id}@${questionnaire.version}`,
              },
            ]}
          />
          {assessment.flags.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              title={t('kyc.flagsTitle')}
              data-testid="kyc-result-flags"
              description={
                <ul>
                  {assessment.flags.map((flag) => (
                    <li key={flag.ruleId}>{words(flag.message)}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
        </Flex>
      </Card>
      <Card title={t('kyc.confirmTitle')}>
        {assessment.confirmation ? (
          <Typography.Text data-testid="kyc-confirmed">
            <ConfirmationText confirmation={assessment.confirmation} />
          </Typography.Text>
        ) : (
          <ConfirmForm assessment={assessment} onConfirmed={setAssessment} />
        )}
      </Card>
      <Flex gap="small" justify="flex-end">
        <FormPdfButton assessmentId={assessment.id} />
        <Button
          type="primary"
          onClick={() => void navigate(clientPaths.dossier(client.id))}
          data-testid="kyc-to-dossier"
        >
          {t('kyc.toDossier')}
        </Button>
      </Flex>
    </Flex>
  );
}
