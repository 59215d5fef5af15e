import { useState } from 'react';
import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Flex, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { gradeLabel, riskGradeSchema } from '../../../../../shared/features/kyc';
import type { AcceptanceRow } from '../../../../../shared/features/proposals';
import { today } from '../../../../../shared/kernel/dates';
import { useLanguage } from '../../../app/language';
import { PageTitle } from '../../../app/PageTitle';
import { useSettings } from '../../../app/settings';
import { useErrorText } from '../../../app/useErrorText';
import { useFormats } from '../../../app/useFormats';
import { saveCsv, savePdf } from '../../../lib/download';
import { useChannelMutation, useChannelQuery } from '../../../lib/queries';
import { AcceptanceTable } from './AcceptanceTable';

const ISO = 'YYYY-MM-DD';

/**
 * 建議書接受報表 (O3.1.2, T3.1): for a period, the proposals presented and what became of them
 * by month, KYC grade, client tier and product, with the acceptance rate and the AUM added; CSV
 * and PDF from the core, so the files say what the screen says.
 */
export function AcceptanceReportPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { settings } = useSettings();
  const formats = useFormats();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(() => {
    const end = dayjs(today(settings.timeZone));
    return [end.startOf('year'), end];
  });
  const input = { from: period[0].format(ISO), to: period[1].format(ISO) };
  const report = useChannelQuery('proposals.report', input);
  const onError = {
    onError: (error: Parameters<typeof errorText>[0]) => void message.error(errorText(error)),
  };
  const csv = useChannelMutation('proposals.reportCsv', {
    invalidates: ['audit'],
    onSuccess: (value) => saveCsv(value.csv, value.fileName),
    ...onError,
  });
  const pdf = useChannelMutation('proposals.reportPdf', {
    invalidates: ['audit'],
    onSuccess: (value) => savePdf(value.pdfBase64, value.fileName),
    ...onError,
  });
  const tierName = (key: string) =>
    settings.tiers.tiers.find((tier) => tier.key === key)?.name[language] ?? key;
  /** A grade's key is `scale.level` (five.3), shown as its label (C3 穩健型), or `none`. */
  const gradeName = (key: string) => {
    if (key === 'none') return t('proposals.noGrade');
    const [scale, level] = key.split('.');
    const grade = riskGradeSchema.safeParse({ scale, level: Number(level) });
    return grade.success ? gradeLabel(grade.data, language) : key;
  };
  const data = report.data;

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <PageTitle testId="report-title">{t('proposals.reportTitle')}</PageTitle>
        <Flex gap="small" wrap>
          <Button
            icon={<DownloadOutlined />}
            loading={csv.isPending}
            onClick={() => csv.mutate({ ...input, language })}
            data-testid="report-csv"
          >
            {t('proposals.reportCsv')}
          </Button>
          <Button
            icon={<FilePdfOutlined />}
            loading={pdf.isPending}
            onClick={() => pdf.mutate({ ...input, language })}
            data-testid="report-pdf"
          >
            {t('proposals.reportPdf')}
          </Button>
        </Flex>
      </Flex>
      <Flex gap="small" align="center" wrap>
        <label htmlFor="report-period">{t('proposals.period')}</label>
        <DatePicker.RangePicker
          id="report-period"
          format={formats.picker}
          allowClear={false}
          value={period}
          onChange={(values) => {
            if (values?.[0] && values[1]) setPeriod([values[0], values[1]]);
          }}
          data-testid="report-period"
        />
      </Flex>
      {report.error ? <Alert type="error" showIcon title={errorText(report.error)} /> : null}
      {!data ? (
        report.error ? null : (
          <Spin />
        )
      ) : (
        <>
          <Card size="small" title={<h2 className="card-title">{t('proposals.totals')}</h2>}>
            <Flex gap="large" wrap data-testid="report-totals">
              <Figure
                label={t('proposals.presentedCount')}
                value={String(data.totals.presented)}
                testId="report-presented"
              />
              <Figure
                label={t('proposals.acceptedCount')}
                value={String(data.totals.accepted + data.totals.partlyAccepted)}
                testId="report-accepted"
              />
              <Figure
                label={t('proposals.declinedCount')}
                value={String(data.totals.declined)}
                testId="report-declined"
              />
              <Figure
                label={t('proposals.acceptanceRate')}
                value={
                  data.totals.acceptanceRate === null
                    ? '—'
                    : `${(data.totals.acceptanceRate * 100).toFixed(1)}%`
                }
                testId="report-rate"
              />
              <Figure
                label={t('proposals.aumAdded')}
                value={formats.twd(data.totals.aumAddedTwd)}
                testId="report-aum"
              />
            </Flex>
          </Card>
          <AcceptanceTable
            title={t('proposals.byMonth')}
            rows={data.byMonth}
            keyLabel={t('proposals.month')}
            testId="report-by-month"
          />
          <AcceptanceTable
            title={t('proposals.byGrade')}
            rows={data.byGrade}
            label={gradeName}
            keyLabel={t('proposals.kycGrade')}

            testId="report-by-grade"
          />
          <AcceptanceTable
            title={t('proposals.byTier')}
            rows={data.byTier}
            keyLabel={t('proposals.tier')}
            label={tierName}
            testId="report-by-tier"
          />
          <AcceptanceTable<AcceptanceRow & { productName: string }>
            title={t('proposals.byProduct')}
            rows={data.byProduct}
            keyLabel={t('proposals.product')}
            label={(key) => {
              const row = data.byProduct.find((r) => r.key === key);
              return row ? row.productName : key;
            }}
            testId="report-by-product"
          />
        </>
      )}
    </Flex>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="report-figure">
      <div className="report-figure-label">{label}</div>
      <div className="report-figure-value" data-testid={testId}>
        {value}
      </div>
    </div>
  );
}
