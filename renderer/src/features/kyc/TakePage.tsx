import { useCallback, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Flex, Progress, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { questionsFor, type Assessment } from '../../../../shared/features/kyc';
import { PageTitle } from '../../app/PageTitle';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { clientPaths } from '../clients';
import { KycResult } from './KycResult';
import { ProblemList, problemsOf } from './ProblemList';
import { QuestionStep } from './QuestionStep';

/** Taking the questionnaire with the client: one question per screen, then the result and confirmation. */
export function TakePage({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useChannelQuery('clients.get', { id: clientId });
  const questionnaire = useChannelQuery('kyc.questionnaire', {});
  const standing = useChannelQuery('kyc.profile', { clientId });
  const [result, setResult] = useState<Assessment | null>(null);

  const error = client.error ?? questionnaire.error ?? standing.error;
  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  if (!client.data || !questionnaire.data || !standing.data) return <Spin />;
  if (result)
    return <KycResult assessment={result} client={client.data} questionnaire={questionnaire.data} />;
  return (
    <Flex vertical gap="middle">
      <PageTitle testId="kyc-take-title">{t('kyc.takeTitle', { name: client.data.name })}</PageTitle>
      <Stepper
        clientId={clientId}
        questions={questionsFor(questionnaire.data, standing.data.elderly)}
        questionnaireRef={{ id: questionnaire.data.id, version: questionnaire.data.version }}
        elderlyAge={standing.data.elderly ? standing.data.age : null}
        ageUnknown={standing.data.age === null}
        onDone={setResult}
      />
    </Flex>
  );
}

interface StepperProps {
  clientId: string;
  questions: ReturnType<typeof questionsFor>;
  questionnaireRef: { id: string; version: number };
  elderlyAge: number | null;
  /** No birth date on file: whether the elderly questions apply cannot be known. */
  ageUnknown: boolean;
  onDone(assessment: Assessment): void;
}

function Stepper({ clientId, questions, questionnaireRef, elderlyAge, ageUnknown, onDone }: StepperProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { kyc } = useSettings().settings;
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [index, setIndex] = useState(0);
  const take = useChannelMutation('kyc.take', { onSuccess: onDone });
  const question = questions[index]!;
  const last = index === questions.length - 1;

  const answer = useCallback(
    (optionId: string) => setAnswers((a) => ({ ...a, [question.id]: optionId })),
    [question],
  );
  const back = useCallback(() => setIndex((i) => Math.max(0, i - 1)), []);
  const next = useCallback(() => {
    if (answers[question.id] === undefined) {
      void message.warning(t('kyc.chooseFirst'));
    } else if (!last) {
      setIndex((i) => i + 1);
    } else if (!take.isPending) {
      take.mutate({ clientId, answers, questionnaire: questionnaireRef });
    }
  }, [answers, question, last, take, clientId, questionnaireRef, message, t]);
  const problems = useMemo(() => (take.error ? problemsOf(take.error.details) : []), [take.error]);

  return (
    <Card>
      <Flex vertical gap="large">
        {ageUnknown ? (
          <Alert type="warning" showIcon title={t('kyc.ageUnknown')} data-testid="kyc-age-unknown" />
        ) : null}
        {elderlyAge !== null ? (
          <Alert
            type="info"
            showIcon
            title={t('kyc.elderlyIntro', { age: elderlyAge, months: kyc.elderlyValidityMonths })}
          />
        ) : null}
        <Flex vertical gap={4}>
          <Typography.Text data-testid="kyc-progress">
            {t('kyc.progress', { current: index + 1, total: questions.length })}
          </Typography.Text>
          <Progress percent={Math.round((index / questions.length) * 100)} showInfo={false} aria-hidden />
        </Flex>
        <QuestionStep
          question={question}
          number={index + 1}
          answer={answers[question.id]}
          onAnswer={answer}
          onNext={next}
          onBack={back}
        />
        {take.error ? (
          problems.length > 0 ? (
            <ProblemList problems={problems} />
          ) : (
            <Alert type="error" title={errorText(take.error)} />
          )
        ) : null}
        <Typography.Text type="secondary">{t('kyc.keysHint')}</Typography.Text>
        <Flex justify="space-between" wrap gap="small">
          <Button onClick={() => void navigate(clientPaths.dossier(clientId))}>{t('kyc.cancel')}</Button>
          <Flex gap="small">
            <Button size="large" disabled={index === 0} onClick={back} data-testid="kyc-back">
              {t('kyc.back')}
            </Button>
            <Button
              size="large"
              type="primary"
              loading={take.isPending}
              disabled={answers[question.id] === undefined}
              onClick={next}
              data-testid="kyc-next"
            >
              {last ? t('kyc.finish') : t('kyc.next')}
            </Button>
          </Flex>
        </Flex>
      </Flex>
    </Card>
  );
}
