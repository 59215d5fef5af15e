import { useRef, useState } from 'react';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KycProblem, QuestionnaireSummary } from '../../../../shared/features/kyc';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { readJsonFile } from '../../lib/fileImport';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { ProblemList, problemsOf } from './ProblemList';
import { useKycWords } from './useKycWords';

/** The questionnaire versions on file, which one new assessments use, and importing a new one (JSON). */
export function QuestionnaireVersions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const formats = useFormats();
  const { words } = useKycWords();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<KycProblem[] | null>(null);
  const versions = useChannelQuery('kyc.questionnaires', {});
  const importDoc = useChannelMutation('kyc.importQuestionnaire', {
    invalidates: ['kyc', 'audit'],
    onSuccess(value) {
      setProblems(null);
      void message.success(t('kyc.versions.imported', { key: `${value.id}@${value.version}` }));
    },
    onError(error) {
      const found = problemsOf(error.details);
      if (found.length > 0) setProblems(found);
      else void message.error(errorText(error));
    },
  });

  function read(file: File) {
    readJsonFile(
      file,
      (document) => importDoc.mutate({ document }),
      () => void message.error(t('kyc.versions.notJson')),
    );
  }

  return (
    <Flex vertical gap="small">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('kyc.versions')}</Typography.Text>
        <input
          ref={inputRef}
          type="file"
          accept=".json,application/json"
          className="file-input"
          aria-label={t('kyc.versions.import')}
          data-testid="kyc-import-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) read(file);
          }}
        />
        <Button
          icon={<UploadOutlined />}
          loading={importDoc.isPending}
          onClick={() => inputRef.current?.click()}
        >
          {t('kyc.versions.import')}
        </Button>
      </Flex>
      {problems ? <ProblemList problems={problems} title={t('kyc.versions.failed')} /> : null}
      {versions.error ? <Alert type="error" title={errorText(versions.error)} /> : null}
      <Table<QuestionnaireSummary>
        size="small"
        rowKey={(q) => `${q.id}@${q.version}`}
        data-testid="kyc-versions"
        dataSource={versions.data ?? []}
        loading={!versions.data && !versions.error}
        pagination={false}
        columns={[
          { title: t('kyc.questionnaire'), key: 'key', render: (_, q) => `${q.id}@${q.version}` },
          { title: '', key: 'title', render: (_, q) => words(q.title) },
          { title: t('kyc.versions.questions'), dataIndex: 'questionCount' },
          {
            title: t('kyc.versions.importedAt'),
            key: 'importedAt',
            render: (_, q) => (q.importedAt ? formats.timestamp(q.importedAt) : t('kyc.versions.builtIn')),
          },
          {
            title: t('kyc.state'),
            key: 'active',
            render: (_, q) =>
              q.active ? (
                <span className="status-badge status-active">{t('kyc.versions.active')}</span>
              ) : null,
          },
        ]}
      />
    </Flex>
  );
}
