import { useState } from 'react';
import { Alert, Button, Flex, Segmented, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CLIENT_LABELS } from '../../../../shared/features/clients';
import {
  PIPELINE_PERIOD_WORDS,
  PIPELINE_STAGE_WORDS,
  type PipelineEntry,
  type PipelinePeriod,
} from '../../../../shared/features/pipeline';
import { PageTitle } from '../../app/PageTitle';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { clientPaths } from '../clients';
import { MoveDialog } from './MoveDialog';
import { PipelineReportCards } from './PipelineReportCards';

/** 開發進度: accounts opened against the target, the funnel, and the prospects still in play. */
export function PipelinePage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const { settings } = useSettings();
  const [period, setPeriod] = useState<PipelinePeriod>(settings.pipeline.targetPeriod);
  const [includeClosed, setIncludeClosed] = useState(false);
  const [moving, setMoving] = useState<PipelineEntry | 'new' | null>(null);
  const report = useChannelQuery('pipeline.report', { period });
  const list = useChannelQuery('pipeline.list', { includeClosed });

  const columns: TableColumnsType<PipelineEntry> = [
    {
      title: t('pipeline.prospect'),
      key: 'client',
      render: (_, e) =>
        e.clientName === null ? '—' : <Link to={clientPaths.dossier(e.clientId)}>{e.clientName}</Link>,
    },
    {
      title: t('pipeline.source'),
      dataIndex: 'source',
      width: 110,
      render: (s: PipelineEntry['source']) => CLIENT_LABELS[language].acquisition[s],
    },
    {
      title: t('pipeline.stage'),
      key: 'stage',
      width: 200,
      render: (_, e) => (
        <Flex vertical>
          <span>{PIPELINE_STAGE_WORDS[e.stage][language]}</span>
          {e.lostReason ? <Typography.Text type="secondary">{e.lostReason}</Typography.Text> : null}
        </Flex>
      ),
    },
    { title: t('pipeline.since'), dataIndex: 'since', width: 110, render: (d: string) => formats.date(d) },
    {
      title: t('pipeline.enteredOn'),
      dataIndex: 'enteredOn',
      width: 110,
      render: (d: string) => formats.date(d),
    },
    {
      title: t('pipeline.actions'),
      key: 'actions',
      width: 110,
      render: (_, e) =>
        e.stage === 'account_opened' || e.stage === 'lost' ? null : (
          <Button size="small" onClick={() => setMoving(e)} data-testid="pipeline-move">
            {t('pipeline.move')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageTitle>{t('nav.pipeline')}</PageTitle>
      <Flex vertical gap="middle">
        <Flex justify="space-between" align="center" wrap gap="middle">
          <Typography.Text type="secondary">{t('pipeline.intro')}</Typography.Text>
          <Segmented<PipelinePeriod>
            aria-label={t('pipeline.period')}
            value={period}
            onChange={setPeriod}
            options={(['month', 'quarter'] as const).map((p) => ({
              value: p,
              label: PIPELINE_PERIOD_WORDS[p][language],
            }))}
          />
        </Flex>
        {report.error ? <Alert type="error" showIcon title={errorText(report.error.info)} /> : null}
        {report.data ? <PipelineReportCards report={report.data} /> : null}
        <Flex justify="space-between" align="center" wrap gap="middle">
          <h2 className="card-title">{t('pipeline.prospects')}</h2>
          <Flex gap="small">
            <Segmented<'open' | 'all'>
              aria-label={t('pipeline.show')}
              value={includeClosed ? 'all' : 'open'}
              onChange={(v) => setIncludeClosed(v === 'all')}
              options={[
                { value: 'open', label: t('pipeline.inPlay') },
                { value: 'all', label: t('pipeline.all') },
              ]}
            />
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setMoving('new')}
              data-testid="pipeline-add"
            >
              {t('pipeline.add')}
            </Button>
          </Flex>
        </Flex>
        {list.error ? <Alert type="error" showIcon title={errorText(list.error.info)} /> : null}
        <Table<PipelineEntry>
          data-testid="pipeline-table"
          size="small"
          rowKey="clientId"
          loading={list.isFetching && !list.error}
          dataSource={list.data ?? []}
          columns={columns}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('pipeline.none')}</Typography.Text> }}
        />
      </Flex>
      <MoveDialog
        open={moving !== null}
        entry={moving === 'new' ? null : moving}
        onClose={() => setMoving(null)}
        key={moving === null ? 'closed' : moving === 'new' ? 'new' : moving.clientId}
      />
    </>
  );
}
