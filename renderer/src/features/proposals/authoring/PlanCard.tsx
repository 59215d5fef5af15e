import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Input, InputNumber, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { GOAL_KIND_WORDS, GOAL_PRIORITIES, GOAL_PRIORITY_WORDS } from '../../../../../shared/features/goals';
import type { ProposalGoal } from '../../../../../shared/features/proposals';
import { useLanguage } from '../../../app/language';
import { useFormats } from '../../../app/useFormats';
import { AmountInput } from '../../../lib/AmountInput';

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
  const { language } = useLanguage();
  const formats = useFormats();
  const setGoal = (index: number, patch: Partial<ProposalGoal>) =>
    onChange({ goals: goals.map((g, i) => (i === index ? { ...g, ...patch } : g)) });
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
        <Typography.Text strong>{t('proposals.goals')}</Typography.Text>
        {goals.length === 0 ? (
          <Typography.Text type="secondary">{t('proposals.noGoals')}</Typography.Text>
        ) : null}
        {goals.map((goal, index) => (
          <Flex key={goal.goalId ?? index} gap="small" align="center" wrap data-testid="proposal-goal">
            <span className="status-badge">{GOAL_KIND_WORDS[goal.kind][language]}</span>
            <Input
              className="proposal-goal-name"
              value={goal.name}
              maxLength={60}
              aria-label={t('proposals.goalName')}
              onChange={(event) => setGoal(index, { name: event.target.value })}
            />
            <DatePicker
              format={formats.picker}
              allowClear={false}
              aria-label={t('proposals.goalDate', { name: goal.name })}
              value={dayjs(goal.targetDate)}
              onChange={(value) => value && setGoal(index, { targetDate: value.format('YYYY-MM-DD') })}
            />
            <AmountInput
              className="amount-input"
              prefix="NT$"
              value={goal.amountTwd}
              aria-label={t('proposals.goalAmount', { name: goal.name })}
              onChange={(value) => typeof value === 'number' && setGoal(index, { amountTwd: value })}
            />
            <Select
              className="proposal-goal-priority"
              aria-label={t('proposals.goalPriority', { name: goal.name })}
              value={goal.priority}
              onChange={(priority) => setGoal(index, { priority })}
              options={GOAL_PRIORITIES.map((p) => ({ value: p, label: GOAL_PRIORITY_WORDS[p][language] }))}
            />
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('proposals.goalRemove', { name: goal.name })}
              onClick={() => onChange({ goals: goals.filter((_, i) => i !== index) })}
            />
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
