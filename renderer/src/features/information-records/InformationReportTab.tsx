import { useState } from 'react';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Flex, Segmented, Spin, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  GIVEN_METHOD_WORDS,
  MATERIAL_KIND_WORDS,
  type ReportGrouping,
  type ReportLine,
} from '../../../../shared/features/information-records';
import { today } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { saveCsv } from '../../lib/download';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';

const ISO = 'YYYY-MM-DD';

/** 合規 › 提供資訊紀錄: what was given in a period, by material or by client, with the core's CSV. */
export function InformationReportTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { settings } = useSettings();
  const formats = useFormats();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [by, setBy] = useState<ReportGrouping>('material');
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(() => {
    const end = dayjs(today(settings.timeZone));
    return [end.startOf('month'), end];
  });
  const input = { from: period[0].format(ISO), to: period[1].format(ISO), by };
  const report = useChannelQuery('information.report', input);
  const csv = useChannelMutation('information.reportCsv', {
    invalidates: ['audit'],
    onSuccess(value) {
      saveCsv(value.csv, value.fileName);
      void message.success(t('infoGiven.exported'));
    },
    onError: (error) => void message.error(errorText(error)),
  });
  const clientName = (line: ReportLine) => line.clientName ?? t('infoGiven.deletedClient');

  return (
    <Flex vertical gap="middle">
      <Typography.Text type="secondary">{t('infoGiven.intro')}</Typography.Text>
      <Flex gap="small" align="center" wrap>
        <label htmlFor="info-given-period">{t('infoGiven.period')}</label>
        <DatePicker.RangePicker
          id="info-given-period"
          format={formats.picker}
          allowClear={false}
          value={period}
          onChange={(values) => {
            if (values?.[0] && values[1]) setPeriod([values[0], values[1]]);
          }}
          data-testid="info-given-period"
        />
        <Segmented<ReportGrouping>
          value={by}
          onChange={setBy}
          data-testid="info-given-by"
          options={[
            { value: 'material', label: t('infoGiven.byMaterial') },
            { value: 'client', label: t('infoGiven.byClient') },
          ]}
        />
        <Button
          icon={<DownloadOutlined />}
          loading={csv.isPending}
          onClick={() => csv.mutate({ ...input, language })}
          data-testid="info-given-csv"
        >
          {t('infoGiven.exportCsv')}
        </Button>
      </Flex>
      {report.error ? <Alert type="error" showIcon title={errorText(report.error)} /> : null}
      {!report.data ? (
        report.error ? null : (
          <Spin />
        )
      ) : report.data.groups.length === 0 ? (
        <Typography.Text data-testid="info-given-report-none">{t('infoGiven.reportNone')}</Typography.Text>
      ) : (
        report.data.groups.map((group) => (
          <section key={group.key} data-testid="info-given-group">
            <h2 className="card-title">
              {group.label ?? t('infoGiven.deletedClient')}{' '}
              <Typography.Text type="secondary">
                {t('infoGiven.count', { count: group.lines.length })}
              </Typography.Text>
            </h2>
            <Table<ReportLine>
              size="small"
              rowKey={(line) => `${line.givenOn}:${line.clientId}:${line.material.title}:${line.method}`}
              dataSource={group.lines}
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('infoGiven.givenOn'), key: 'on', render: (_, l) => formats.date(l.givenOn) },
                by === 'material'
                  ? { title: t('infoGiven.client'), key: 'client', render: (_, l) => clientName(l) }
                  : {
                      title: t('infoGiven.material'),
                      key: 'material',
                      render: (_, l) =>
                        `${l.material.title} · ${MATERIAL_KIND_WORDS[l.material.kind][language]}`,
                    },
                {
                  title: t('infoGiven.method'),
                  key: 'method',
                  render: (_, l) => GIVEN_METHOD_WORDS[l.method][language],
                },
                { title: t('infoGiven.givenBy'), key: 'by', render: (_, l) => l.givenBy || '—' },
              ]}
            />
          </section>
        ))
      )}
    </Flex>
  );
}
