import { useState } from 'react';
import { EditOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Divider, Flex, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssumptionsProblem, AssumptionsSummary } from '../../../../shared/features/capital-markets';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { FilePickButton, readJsonFile } from '../../lib/fileImport';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { AssumptionsEditor } from './AssumptionsEditor';
import { AssumptionsTables } from './AssumptionsTables';
import { ProblemList, problemsOf } from './ProblemList';

/**
 * 設定 › 資本市場假設: the active version (as-of date, source, method, classes, correlations), the
 * versions on file with activation, importing a JSON document and editing a copy as a new version.
 */
export function AssumptionsSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const formats = useFormats();
  const [problems, setProblems] = useState<AssumptionsProblem[] | null>(null);
  const [editing, setEditing] = useState(false);
  const active = useChannelQuery('assumptions.get', {});
  const versions = useChannelQuery('assumptions.list', {});
  const importDoc = useChannelMutation('assumptions.import', {
    invalidates: ['assumptions', 'audit'],
    onSuccess(value) {
      setProblems(null);
      void message.success(t('assumptions.imported', { version: value.version }));
    },
    onError(error) {
      const found = problemsOf(error.details);
      if (found.length > 0) setProblems(found);
      else void message.error(errorText(error));
    },
  });
  const activate = useChannelMutation('assumptions.activate', {
    invalidates: ['assumptions', 'audit'],
    onSuccess: (value) => void message.success(t('assumptions.activated', { version: value.version })),
    onError: (error) => void message.error(errorText(error)),
  });

  function read(file: File) {
    readJsonFile(
      file,
      (document) => importDoc.mutate({ document }),
      () => void message.error(t('assumptions.notJson')),
    );
  }

  const error = active.error ?? versions.error;
  return (
    <Flex vertical gap="small" data-testid="assumptions-section">
      <Typography.Paragraph type="secondary">{t('assumptions.intro')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={errorText(error)} /> : null}
      {!active.data ? (
        error ? null : (
          <Spin />
        )
      ) : (
        <>
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={{ label: { whiteSpace: 'nowrap' } }}
            data-testid="assumptions-active"
            items={[
              {
                key: 'version',
                label: t('assumptions.version'),
                children: (
                  <Flex gap="small" align="center">
                    <span data-testid="assumptions-active-version">{active.data.version}</span>
                    <span className="status-badge status-active">{t('assumptions.active')}</span>
                  </Flex>
                ),
              },
              { key: 'asOf', label: t('assumptions.asOf'), children: formats.date(active.data.asOf, 'long') },
              { key: 'source', label: t('assumptions.source'), children: active.data.source },
              { key: 'method', label: t('assumptions.method'), children: active.data.method },
            ]}
          />
          <AssumptionsTables file={active.data} />
        </>
      )}
      <Divider />
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Text strong>{t('assumptions.versions')}</Typography.Text>
        <Flex gap="small">
          <Button
            icon={<EditOutlined />}
            disabled={!active.data}
            onClick={() => setEditing(true)}
            data-testid="assumptions-edit"
          >
            {t('assumptions.edit')}
          </Button>
          <FilePickButton
            accept=".json,application/json"
            label={t('assumptions.import')}
            icon={<UploadOutlined />}
            loading={importDoc.isPending}
            testId="assumptions-import"
            onFile={read}
          />
        </Flex>
      </Flex>
      {problems ? <ProblemList problems={problems} title={t('assumptions.failed')} /> : null}
      <Table<AssumptionsSummary>
        size="small"
        rowKey="version"
        data-testid="assumptions-versions"
        dataSource={versions.data ?? []}
        loading={!versions.data && !versions.error}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('assumptions.version'), dataIndex: 'version' },
          { title: t('assumptions.asOf'), key: 'asOf', render: (_, v) => formats.date(v.asOf) },
          {
            title: t('assumptions.importedAt'),
            key: 'importedAt',
            render: (_, v) => (v.importedAt ? formats.timestamp(v.importedAt) : t('assumptions.builtIn')),
          },
          {
            title: t('assumptions.state'),
            key: 'active',
            render: (_, v) =>
              v.active ? (
                <span className="status-badge status-active">{t('assumptions.active')}</span>
              ) : (
                <Button
                  size="small"
                  loading={activate.isPending && activate.variables?.version === v.version}
                  onClick={() => activate.mutate({ version: v.version })}
                  data-testid={`assumptions-activate-${v.version}`}
                >
                  {t('assumptions.activate')}
                </Button>
              ),
          },
        ]}
      />
      {editing && active.data ? (
        <AssumptionsEditor base={active.data} onClose={() => setEditing(false)} />
      ) : null}
    </Flex>
  );
}
