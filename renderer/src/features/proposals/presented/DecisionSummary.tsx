import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROPOSAL_STATE_WORDS, type Proposal } from '../../../../../shared/features/proposals';
import { useLanguage } from '../../../app/language';
import { useFormats } from '../../../app/useFormats';

/** The client's recorded decision: the outcome, the products taken, why not, the day and who recorded it. */
export function DecisionSummary({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const decision = proposal.decision;
  if (!decision) return null;
  const codes = decision.acceptedProductIds.map(
    (id) => proposal.snapshot?.products.find((p) => p.id === id)?.code ?? id,
  );
  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('proposals.decision')}</h2>}
      data-testid="proposal-decision"
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          {
            key: 'outcome',
            label: t('proposals.outcome'),
            children: PROPOSAL_STATE_WORDS[decision.outcome][language],
          },
          { key: 'products', label: t('proposals.acceptedProducts'), children: codes.join('、') || '—' },
          { key: 'reason', label: t('proposals.reason'), children: decision.reason ?? '—' },
          {
            key: 'day',
            label: t('proposals.decidedOn'),
            children: `${formats.date(decision.decidedOn)} · ${decision.recordedBy}`,
          },
        ]}
      />
    </Card>
  );
}
