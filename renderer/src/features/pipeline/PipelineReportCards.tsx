import { Card, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FunnelChart } from '../../../../shared/charts/FunnelChart';
import { CLIENT_LABELS } from '../../../../shared/features/clients';
import { PIPELINE_STAGE_WORDS, type PipelineReport } from '../../../../shared/features/pipeline';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';
import { useWidth } from '../../lib/useWidth';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);

/** Accounts opened against the target with the growth rate, the funnel, and conversion by source. */
export function PipelineReportCards({ report }: { report: PipelineReport }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const { ref, width } = useWidth<HTMLDivElement>(480);
  const range = (p: { from: string; to: string }) => `${formats.date(p.from)}–${formats.date(p.to)}`;
  const funnelRows = report.funnel.map((row) => ({
    key: row.stage,
    label: PIPELINE_STAGE_WORDS[row.stage][language],
    value: row.reached,
    text: row.conversion === null ? String(row.reached) : `${row.reached}（${percent(row.conversion)}）`,
  }));
  return (
    <Flex vertical gap="middle">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card size="small" data-testid="pipeline-opened">
            <Statistic
              title={t('pipeline.openedThis', { range: range(report.current) })}
              value={report.current.opened}
              suffix={`/ ${t('pipeline.targetOf', { count: report.target })}`}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic
              title={t('pipeline.openedPrevious', { range: range(report.previous) })}
              value={report.previous.opened}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small" data-testid="pipeline-growth">
            <Statistic
              title={t('pipeline.growth')}
              value={report.growthRate === null ? t('pipeline.noGrowth') : percent(report.growthRate)}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 className="card-title">{t('pipeline.funnel')}</h2>}>
            <div ref={ref}>
              <figure className="chart" data-testid="pipeline-funnel" aria-label={t('pipeline.funnel')}>
                <FunnelChart
                  rows={funnelRows}
                  width={width - 26}
                  height={220}
                  emptyText={t('pipeline.none')}
                />
              </figure>
            </div>
            <Typography.Text type="secondary">
              {t('pipeline.funnelNote', { from: formats.date(report.funnelFrom) })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 className="card-title">{t('pipeline.bySource')}</h2>}>
            <Table
              data-testid="pipeline-by-source"
              size="small"
              rowKey="source"
              pagination={false}
              dataSource={report.bySource}
              columns={[
                {
                  title: t('pipeline.source'),
                  dataIndex: 'source',
                  render: (s: keyof (typeof CLIENT_LABELS)['en']['acquisition']) =>
                    CLIENT_LABELS[language].acquisition[s],
                },
                { title: t('pipeline.entered'), dataIndex: 'entered', align: 'right' },
                { title: t('pipeline.opened'), dataIndex: 'opened', align: 'right' },
                { title: t('pipeline.lost'), dataIndex: 'lost', align: 'right' },
                { title: t('pipeline.conversion'), dataIndex: 'conversion', align: 'right', render: percent },
              ]}
              locale={{ emptyText: t('pipeline.none') }}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
