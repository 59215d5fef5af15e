import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AllocationSlice, ProposalAnalysis, StressOutcome } from '../../../../shared/features/proposals';
import { ASSET_CLASS_WORDS, ASSET_CLASSES, type AssetClassId } from '../../../../shared/features/products';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const isClass = (key: string): key is AssetClassId => (ASSET_CLASSES as readonly string[]).includes(key);

/** The analysis drawn: allocation current vs proposed, goal probabilities, stress current vs proposed. */
export function ProposalCharts({
  analysis,
  goalNames,
}: {
  analysis: ProposalAnalysis;
  goalNames: readonly string[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const classLabel = (key: string) => (isClass(key) ? ASSET_CLASS_WORDS[key][language] : key);
  const keys = [
    ...new Set(
      [...(analysis.current?.byAssetClass ?? []), ...analysis.proposed.byAssetClass].map((s) => s.key),
    ),
  ];
  const weightIn = (slices: readonly AllocationSlice[] | undefined, key: string) =>
    slices?.find((s) => s.key === key)?.weight ?? 0;
  return (
    <>
      <Card size="small" title={<h2 className="card-title">{t('proposals.allocation')}</h2>}>
        <Table
          size="small"
          pagination={false}
          data-testid="proposal-allocation"
          rowKey="key"
          dataSource={keys.map((key) => ({ key }))}
          columns={[
            { title: t('proposals.assetClass'), key: 'class', render: (_, row) => classLabel(row.key) },
            {
              title: t('proposals.current'),
              key: 'current',
              align: 'right',
              render: (_, row) =>
                analysis.current ? pct(weightIn(analysis.current.byAssetClass, row.key)) : '—',
            },
            {
              title: t('proposals.proposed'),
              key: 'proposed',
              align: 'right',
              render: (_, row) => pct(weightIn(analysis.proposed.byAssetClass, row.key)),
            },
          ]}
        />
      </Card>
      <Card size="small" title={<h2 className="card-title">{t('proposals.goalProbabilities')}</h2>}>
        <ul className="plain-list" data-testid="proposal-goal-probabilities">
          {analysis.monteCarlo.goals.map((goal) => (
            <li key={goal.index}>
              {goalNames[goal.index] ?? goal.name}：{pct(goal.probability)}
            </li>
          ))}
          {analysis.monteCarlo.goals.length === 0 ? <li>{t('proposals.noGoals')}</li> : null}
        </ul>
      </Card>
      <Card size="small" title={<h2 className="card-title">{t('proposals.stress')}</h2>}>
        <Table<StressOutcome>
          size="small"
          pagination={false}
          data-testid="proposal-stress"
          rowKey="id"
          dataSource={analysis.stress}
          columns={[
            { title: t('proposals.scenario'), key: 'name', render: (_, s) => s.name[language] },
            {
              title: t('proposals.current'),
              key: 'current',
              align: 'right',
              render: (_, s) =>
                s.current ? `-${pct(s.current.lossPercent)} / ${formats.twd(-s.current.lossTwd)}` : '—',
            },
            {
              title: t('proposals.proposed'),
              key: 'proposed',
              align: 'right',
              render: (_, s) => `-${pct(s.proposed.lossPercent)} / ${formats.twd(-s.proposed.lossTwd)}`,
            },
          ]}
        />
      </Card>
    </>
  );
}
