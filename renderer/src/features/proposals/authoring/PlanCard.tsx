import { Card, Flex, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProposalGoal } from '../../../../../shared/features/proposals';
import { useFormats } from '../../../app/useFormats';
import { AmountInput } from '../../../lib/AmountInput';
import { GoalsEditor } from './GoalsEditor';

/**
 * New money (萬/億 read), the horizon and the goals copied from the dossier, each editable here
 * without changing the dossier's own.
 */
export function PlanCard({
  newMoneyTwd,
  horizonYears,
  goals,
  onChange,
}: {
  newMoneyTwd: number;
  horizonYears: number;
  goals: ProposalGoal[];
  onChange: (patch: { newMoneyTwd?: number; horizonYears?: number; goals?: ProposalGoal[] }) => void;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <Card size="small" title={<h2 className="card-title">{t('proposals.plan')}</h2>}>
      <Flex vertical gap="small">
        <Flex gap="middle" align="center" wrap>
          <label className="inline-field">
            <span>{t('proposals.newMoney')}</span>
            <AmountInput
              className="amount-input"
              prefix="NT$"
              value={newMoneyTwd}
              onChange={(value) => onChange({ newMoneyTwd: typeof value === 'number' ? value : 0 })}
              data-testid="proposal-new-money"
            />
          </label>
          <Typography.Text type="secondary" data-testid="proposal-new-money-words">
            {formats.twd(newMoneyTwd)}
          </Typography.Text>
          <label className="inline-field">
            <span>{t('proposals.horizon')}</span>
            <InputNumber<number>
              min={1}
              max={50}
              precision={0}
              value={horizonYears}
              suffix={t('proposals.years')}
              onChange={(value) => onChange({ horizonYears: value ?? 30 })}
              data-testid="proposal-horizon"
            />
          </label>
        </Flex>
        <GoalsEditor goals={goals} onChange={(next) => onChange({ goals: next })} />
      </Flex>
    </Card>
  );
}
