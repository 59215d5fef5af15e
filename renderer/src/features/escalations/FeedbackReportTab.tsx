import { useState } from 'react';
import { Alert, DatePicker, Flex, Table, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_TAG_WORDS, type FeedbackReport } from '../../../../shared/features/escalations';
import { addMonths, today } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { isoDay } from '../../lib/FormDialog';
import { useChannelQuery } from '../../lib/queries';

type Row = FeedbackReport['rows'][number];

/** 回饋分析: feedback in a period counted by analysis tag and month, for market analysis (P1.3.3). */
export function FeedbackReportTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const { timeZone } = useSettings().settings;
  const to = today(timeZone);
  // The last three calendar months, this one included.
  const [period, setPeriod] = useState({ from: `${addMonths(to, -2).slice(0, 7)}-01`, to });
  const report = useChannelQuery('feedback.report', { period });
  const months = report.data?.months ?? [];
  const columns: TableColumnsType<Row> = [
    {
      title: t('feedback.tag'),
      dataIndex: 'tag',
      render: (tag: Row['tag']) => FEEDBACK_TAG_WORDS[tag][language],
    },
    ...months.map((month, index) => ({
      title: formats.month(month),
      key: month,
      align: 'right' as const,
      render: (_: unknown, row: Row) => row.byMonth[index],
    })),
    { title: t('feedback.total'), dataIndex: 'total', align: 'right' },
  ];
  return (
    <Flex vertical gap="middle">
      <Flex align="center" gap="middle" wrap>
        <Typography.Text type="secondary">{t('feedback.reportIntro')}</Typography.Text>
        <DatePicker.RangePicker
          aria-label={t('feedback.period')}
          format={formats.picker}
          allowClear={false}
          value={[dayjs(period.from), dayjs(period.to)]}
          onChange={(range) => {
            const [from, until] = (range ?? []) as [Dayjs | null, Dayjs | null];
            if (from && until) setPeriod({ from: isoDay(from), to: isoDay(until) });
          }}
        />
        {report.data ? (
          <Typography.Text data-testid="feedback-report-count">
            {t('feedback.entries', { count: report.data.entries })}
          </Typography.Text>
        ) : null}
      </Flex>
      {report.error ? <Alert type="error" showIcon title={errorText(report.error.info)} /> : null}
      <Table<Row>
        data-testid="feedback-report"
        size="small"
        rowKey="tag"
        loading={report.isFetching && !report.error}
        dataSource={report.data?.rows ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: <Typography.Text type="secondary">{t('feedback.none')}</Typography.Text> }}
      />
    </Flex>
  );
}
