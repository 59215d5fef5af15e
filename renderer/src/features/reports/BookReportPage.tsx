import { useState, type ReactNode } from 'react';
import { DownloadOutlined, FilePdfOutlined, FileExcelOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Row,
  Segmented,
  Spin,
  Statistic,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ComparisonBarChart } from '../../../../shared/charts/ComparisonBarChart';
import {
  BOOK_MESSAGES,
  clientCells,
  planRates,
  tierCells,
  tierHeader,
  tierName,
  type BookReport,
  type ReportFormat,
} from '../../../../shared/features/reports';
import { today } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { PageTitle } from '../../app/PageTitle';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { base64ToBytes, saveBlob } from '../../lib/download';
import { isoDay } from '../../lib/FormDialog';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { useWidth } from '../../lib/useWidth';
import { ClientPicker } from '../clients';

const MIME: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const percent = (value: number) => `${Math.round(value * 100)}%`;

function Overview({ report }: { report: BookReport }) {
  const { language } = useLanguage();
  const formats = useFormats();
  const o = BOOK_MESSAGES[language].overview;
  const start =
    report.assets.atStart === null || report.assets.startOn === null
      ? o.noSnapshot
      : `${formats.twd(report.assets.atStart)}（${formats.date(report.assets.startOn)}）`;
  const items = [
    { key: 'clients', title: o.clients, value: String(report.totals.clients) },
    { key: 'assets', title: o.assetsNow, value: formats.twd(report.assets.now) },
    { key: 'start', title: o.assetsStart, value: start },
    ...(report.accounts
      ? [
          {
            key: 'accounts',
            title: o.accounts,
            value: `${report.accounts.opened} / ${report.accounts.target}`,
          },
        ]
      : []),
    { key: 'satisfaction', title: o.satisfaction, value: report.satisfaction.average?.toFixed(1) ?? o.none },
    {
      key: 'followUps',
      title: o.followUps,
      value: `${report.followUps.open}（${report.followUps.overdue}）`,
    },
    {
      key: 'escalations',
      title: o.escalations,
      value: `${report.escalations.open}（${report.escalations.overdue}）`,
    },
  ];
  return (
    <Row gutter={[12, 12]}>
      {items.map((item) => (
        <Col key={item.key} xs={12} md={6}>
          <Card size="small" data-testid={`book-${item.key}`}>
            <Statistic title={item.title} value={item.value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/**
 * 客戶經營管理報表 (O1.2.1): the book, or one client, over a period. The figures, the PDF, the CSV
 * and the Excel file come from the core and read the same words and cells.
 */
export function BookReportPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { settings } = useSettings();
  const formats = useFormats();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { ref, width } = useWidth<HTMLDivElement>(480);
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(() => {
    const end = dayjs(today(settings.timeZone));
    return [end.subtract(2, 'month').startOf('month'), end];
  });
  const [clientId, setClientId] = useState<string | undefined>();
  const [shown, setShown] = useState<'missed' | 'all'>('missed');
  const query = { from: isoDay(period[0]), to: isoDay(period[1]), ...(clientId ? { clientId } : {}) };
  const report = useChannelQuery('book.report', query);
  const file = useChannelMutation('book.reportFile', {
    invalidates: ['audit', 'book'],
    onSuccess: (value) =>
      saveBlob(
        new Blob([base64ToBytes(value.base64)], { type: MIME[formatOf(value.fileName)] }),
        value.fileName,
      ),
    onError: (error) => void message.error(errorText(error)),
  });
  const text = BOOK_MESSAGES[language];
  const tiers = settings.tiers.tiers;
  const f = { date: (d: string) => formats.date(d), twd: (n: number) => formats.twd(n) };
  const data = report.data;
  const clients = data ? data.clients.filter((row) => shown === 'all' || row.planMet === false) : [];
  const rates = data ? planRates(data, tiers, language) : [];
  const exportButton = (format: ReportFormat, icon: ReactNode, label: string) => (
    <Button
      icon={icon}
      loading={file.isPending && file.variables?.format === format}
      onClick={() => file.mutate({ query, format, language })}
      data-testid={`book-export-${format}`}
    >
      {label}
    </Button>
  );

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <PageTitle testId="book-title">{t('nav.reports')}</PageTitle>
        <Flex gap="small" wrap>
          {exportButton('pdf', <FilePdfOutlined />, t('reports.pdf'))}
          {exportButton('csv', <DownloadOutlined />, t('reports.csv'))}
          {exportButton('xlsx', <FileExcelOutlined />, t('reports.xlsx'))}
        </Flex>
      </Flex>
      <Flex gap="small" wrap align="center">
        <DatePicker.RangePicker
          aria-label={t('reports.period')}
          format={formats.picker}
          allowClear={false}
          value={period}
          onChange={(range) => {
            const [from, to] = (range ?? []) as [Dayjs | null, Dayjs | null];
            if (from && to) setPeriod([from, to]);
          }}
          data-testid="book-period"
        />
        <div className="book-client-picker">
          <ClientPicker
            knownNames={{}}
            value={clientId}
            onChange={setClientId}
            onClear={() => setClientId(undefined)}
            placeholder={t('reports.wholeBook')}
            aria-label={t('reports.client')}
          />
        </div>
      </Flex>
      {report.error ? <Alert type="error" showIcon title={errorText(report.error.info)} /> : null}
      {!data ? (
        report.error ? null : (
          <Spin />
        )
      ) : (
        <>
          <Overview report={data} />
          <Card size="small" title={<h2 className="card-title">{text.sections.byTier}</h2>}>
            <Table
              data-testid="book-by-tier"
              size="small"
              pagination={false}
              rowKey={(row) => row[0]!}
              dataSource={[
                ...data.byTier.map((line) => tierCells(line, tierName(line.tierKey, tiers, language), f)),
                tierCells(data.totals, text.total, f),
              ]}
              columns={tierHeader(language).map((header, i) => ({
                title: header,
                key: String(i),
                align: i === 0 ? 'left' : 'right',
                render: (_: unknown, row: string[]) => row[i],
              }))}
            />
            <div ref={ref}>
              {rates.length > 0 ? (
                <figure className="chart" data-testid="book-chart" aria-label={text.chartTitle}>
                  <ComparisonBarChart
                    rows={rates.map((r) => ({
                      key: r.key,
                      label: r.label,
                      current: null,
                      proposed: r.rate,
                      currentText: '',
                      proposedText: percent(r.rate),
                    }))}
                    seriesLabels={{ current: '', proposed: text.rate }}
                    formatTick={percent}
                    width={width - 26}
                    height={60 + rates.length * 34}
                    emptyText={text.noData}
                    title={text.chartTitle}
                    domain={[0, 1]}
                  />
                </figure>
              ) : null}
            </div>
          </Card>
          <Card
            size="small"
            title={
              <h2 className="card-title">
                {shown === 'missed' ? text.sections.missed : text.sections.clients}
              </h2>
            }
            extra={
              <Segmented<'missed' | 'all'>
                size="small"
                aria-label={t('reports.show')}
                value={shown}
                onChange={setShown}
                options={[
                  { value: 'missed', label: t('reports.missedOnly') },
                  { value: 'all', label: t('reports.allClients') },
                ]}
              />
            }
          >
            <Table
              data-testid="book-clients"
              size="small"
              rowKey="clientId"
              dataSource={clients}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              locale={{ emptyText: <Typography.Text type="secondary">{text.noData}</Typography.Text> }}
              columns={text.clientColumns.map((header, i) => ({
                title: header,
                key: String(i),
                render: (_: unknown, row: (typeof clients)[number]) =>
                  clientCells(row, tiers, language, f)[i],
              }))}
            />
          </Card>
          <Typography.Paragraph type="secondary">{text.method}</Typography.Paragraph>
        </>
      )}
    </Flex>
  );
}

function formatOf(fileName: string): ReportFormat {
  return fileName.endsWith('.pdf') ? 'pdf' : fileName.endsWith('.csv') ? 'csv' : 'xlsx';
}
