import { useEffect, useState } from 'react';
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Modal, Progress, Radio, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_ENCODINGS,
  IMPORT_ENCODING_WORDS,
  IMPORT_LAYOUT_WORDS,
  type ImportCounts,
  type ImportEncoding,
  type ImportProgress,
  type ImportReport,
} from '../../../../shared/features/market-data';
import { useApi } from '../../app/api-context';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { FX_RATE_QUERIES } from '../../app/useFxRates';
import {
  FilePickButton,
  ImportFailureDialog,
  fileBase64,
  importRowErrors,
  type ImportFailure,
} from '../../lib/fileImport';
import { useChannelMutation } from '../../lib/queries';

const POLL_MS = 250;

/** Where an import under way stands, polled from market.importProgress while `importId` is set. */
function useImportProgress(importId: string | null): ImportProgress | null {
  const api = useApi();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    if (importId === null) return;
    let stopped = false;
    const poll = async () => {
      const answer = await api.call('market.importProgress', { importId }).catch(() => null);
      if (!stopped && answer) setProgress(answer);
    };
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      setProgress(null);
    };
  }, [api, importId]);
  return progress;
}

/** 匯入市場資料: a dialog with the encoding choice, the progress of a large file and what the file changed. */
export function ImportMarketDataButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="market-import-open">
        {t('marketImport.button')}
      </Button>
      {open ? <ImportDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [encoding, setEncoding] = useState<ImportEncoding>('auto');
  const [importId, setImportId] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const progress = useImportProgress(importId);
  // New FX points change every TWD total.
  const run = useChannelMutation('market.import', {
    invalidates: FX_RATE_QUERIES,
    onSuccess(value) {
      setReport(value);
      void message.success(t('marketImport.done', value));
    },
    onError(error) {
      const rows = importRowErrors(error.details);
      if (rows.errors.length > 0) setFailure(rows);
      else void message.error(errorText(error));
    },
    onSettled: () => setImportId(null),
  });

  async function read(file: File) {
    const id = crypto.randomUUID();
    setReport(null);
    setImportId(id);
    run.mutate({ fileName: file.name, contentBase64: await fileBase64(file), encoding, importId: id });
  }

  return (
    <Modal
      open
      title={t('marketImport.title')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      width={720}
    >
      <Flex vertical gap="middle" data-testid="market-import-dialog">
        <Typography.Paragraph>{t('marketImport.intro')}</Typography.Paragraph>
        <Flex vertical gap={4}>
          <Typography.Text id="market-import-encoding">{t('marketImport.encoding')}</Typography.Text>
          <Radio.Group
            aria-labelledby="market-import-encoding"
            value={encoding}
            onChange={(event) => setEncoding(event.target.value as ImportEncoding)}
            data-testid="market-import-encoding"
            options={IMPORT_ENCODINGS.map((value) => ({
              value,
              label: IMPORT_ENCODING_WORDS[value][language],
            }))}
          />
        </Flex>
        <div>
          <FilePickButton
            accept=".csv,.xlsx,text/csv"
            label={t('marketImport.file')}
            icon={<UploadOutlined />}
            loading={run.isPending}
            testId="market-import"
            onFile={(file) => void read(file)}
          />
        </div>
        {run.isPending ? <ImportProgressBar progress={progress} /> : null}
        {report ? <ImportReportTable report={report} /> : null}
      </Flex>
      <ImportFailureDialog
        failure={failure}
        onClose={() => setFailure(null)}
        words="marketImport"
        testId="market-import-errors"
      />
    </Modal>
  );
}

function ImportProgressBar({ progress }: { progress: ImportProgress | null }) {
  const { t } = useTranslation();
  if (!progress || progress.phase === 'unknown') return null;
  const writing = progress.phase === 'writing' || progress.phase === 'done';
  const percent =
    writing || progress.bytesTotal === 0 ? 100 : Math.round((progress.bytesRead / progress.bytesTotal) * 100);
  return (
    <div role="status" data-testid="market-import-progress">
      <Progress percent={percent} status="active" showInfo={false} aria-hidden />
      <Typography.Text type="secondary">
        {writing ? t('marketImport.writing') : t('marketImport.reading', { rows: progress.rows })}
      </Typography.Text>
    </div>
  );
}

/** What the file changed, per series: added, corrected and unchanged points, and new series. */
function ImportReportTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const encoding = report.encoding ? IMPORT_ENCODING_WORDS[report.encoding][language] : 'Excel';
  return (
    <Flex vertical gap={4} data-testid="market-import-report">
      <Typography.Text strong>
        {t('marketImport.reportTitle', { layout: IMPORT_LAYOUT_WORDS[report.layout][language], encoding })}
      </Typography.Text>
      <Typography.Text>{t('marketImport.done', report)}</Typography.Text>
      <Table<ImportCounts>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={report.series}
        columns={[
          {
            title: t('market.col.series'),
            key: 'code',
            render: (_, c) => (
              <>
                {c.code}
                {c.created ? (
                  <span className="status-badge tone-info">{t('marketImport.created')}</span>
                ) : null}
              </>
            ),
          },
          { title: t('marketImport.col.added'), dataIndex: 'added', align: 'right' },
          { title: t('marketImport.col.corrected'), dataIndex: 'corrected', align: 'right' },
          { title: t('marketImport.col.unchanged'), dataIndex: 'unchanged', align: 'right' },
        ]}
      />
    </Flex>
  );
}
