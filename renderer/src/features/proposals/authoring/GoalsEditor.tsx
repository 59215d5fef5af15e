import { useState } from 'react';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Flex, Input, InputNumber, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  GOAL_KIND_WORDS,
  GOAL_KINDS,
  GOAL_PRIORITIES,
  GOAL_PRIORITY_WORDS,
  type GoalFunding,
  type GoalKind,
} from '../../../../../shared/features/goals';
import type { ProposalGoal } from '../../../../../shared/features/proposals';
import { today } from '../../../../../shared/kernel/dates';
import { useLanguage } from '../../../app/language';
import { useSettings } from '../../../app/settings';
import { useFormats } from '../../../app/useFormats';
import { AmountInput } from '../../../lib/AmountInput';
import { newGoal } from './model';

const FUNDING_AMOUNTS = ['initialTwd', 'monthlyContributionTwd', 'monthlyWithdrawalTwd'] as const;
/** Test ids by field, so a test names the field it types into. */
const FUNDING_IDS: Record<(typeof FUNDING_AMOUNTS)[number], string> = {
  initialTwd: 'goal-initial',
  monthlyContributionTwd: 'goal-monthly',
  monthlyWithdrawalTwd: 'goal-withdrawal',
};

/**
 * The proposal's goals, each on two compact lines: what is needed (name, date, amount, whether in
 * today's money, priority) and how it is funded (initial sum, monthly contribution, monthly
 * withdrawal and for how many years). A change re-runs the live analysis, so the goals'
 * probabilities move as the advisor types. Goals may be added here without touching the dossier.
 */
export function GoalsEditor({
  goals,
  onChange,
}: {
  goals: ProposalGoal[];
  onChange: (goals: ProposalGoal[]) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { timeZone } = useSettings().settings;
  const formats = useFormats();
  const [kind, setKind] = useState<GoalKind>('retirement');
  const setGoal = (index: number, patch: Partial<ProposalGoal>) =>
    onChange(goals.map((g, i) => (i === index ? { ...g, ...patch } : g)));
  const setFunding = (index: number, patch: Partial<GoalFunding>) =>
    setGoal(index, { funding: { ...goals[index]!.funding, ...patch } });

  return (
    <Flex vertical gap="small">
      <Typography.Text strong>{t('proposals.goals')}</Typography.Text>
      {goals.length === 0 ? (
        <Typography.Text type="secondary">{t('proposals.noGoals')}</Typography.Text>
      ) : null}
      {goals.map((goal, index) => (
        <div key={goal.goalId ?? `new-${index}`} className="proposal-goal" data-testid="proposal-goal">
          <Flex gap="small" align="center">
            <span className="status-badge">{GOAL_KIND_WORDS[goal.kind][language]}</span>
            <Input
              className="proposal-goal-name"
              value={goal.name}
              maxLength={60}
              aria-label={t('proposals.goalName')}
              onChange={(event) => setGoal(index, { name: event.target.value })}
              data-testid="goal-name"
            />
            <DatePicker
              className="proposal-goal-date"
              format={formats.picker}
              allowClear={false}
              aria-label={t('proposals.goalDate', { name: goal.name })}
              value={dayjs(goal.targetDate)}
              onChange={(value) => value && setGoal(index, { targetDate: value.format('YYYY-MM-DD') })}
            />
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('proposals.goalRemove', { name: goal.name })}
              onClick={() => onChange(goals.filter((_, i) => i !== index))}
            />
          </Flex>
          <Flex gap="small" align="center" wrap>
            <AmountInput
              className="amount-input compact"
              prefix="NT$"
              value={goal.amountTwd}
              aria-label={t('proposals.goalAmount', { name: goal.name })}
              onChange={(value) => typeof value === 'number' && setGoal(index, { amountTwd: value })}
              data-testid="goal-amount"
            />
            <Checkbox
              checked={goal.inTodaysMoney}
              onChange={(event) => setGoal(index, { inTodaysMoney: event.target.checked })}
              data-testid="goal-todays-money"
            >
              {t('proposals.goalTodaysMoney')}
            </Checkbox>
            <Select
              className="proposal-goal-priority"
              aria-label={t('proposals.goalPriority', { name: goal.name })}
              value={goal.priority}
              onChange={(priority) => setGoal(index, { priority })}
              options={GOAL_PRIORITIES.map((p) => ({ value: p, label: GOAL_PRIORITY_WORDS[p][language] }))}
            />
          </Flex>
          <div className="proposal-goal-funding">
            {FUNDING_AMOUNTS.map((field) => (
              <label key={field} className="inline-field">
                <span>{t(`proposals.goalFunding.${field}`)}</span>
                <AmountInput
                  className="amount-input compact"
                  prefix="NT$"
                  value={goal.funding[field]}
                  aria-label={t(`proposals.goalFundingOf.${field}`, { name: goal.name })}
                  onChange={(value) => typeof value === 'number' && setFunding(index, { [field]: value })}
                  data-testid={FUNDING_IDS[field]}
                />
              </label>
            ))}
            <label className="inline-field">
              <span>{t('proposals.goalFunding.withdrawalYears')}</span>
              <InputNumber<number>
                className="proposal-goal-years"
                min={0}
                max={60}
                precision={0}
                value={goal.funding.withdrawalYears}
                suffix={t('proposals.years')}
                aria-label={t('proposals.goalFundingOf.withdrawalYears', { name: goal.name })}
                onChange={(value) => setFunding(index, { withdrawalYears: value ?? 0 })}
                data-testid="goal-withdrawal-years"
              />
            </label>
          </div>
        </div>
      ))}
      {goals.length < 10 ? (
        <Flex gap="small" align="center" wrap>
          <Select<GoalKind>
            className="proposal-goal-priority"
            aria-label={t('proposals.goalKind')}
            value={kind}
            onChange={setKind}
            options={GOAL_KINDS.map((k) => ({ value: k, label: GOAL_KIND_WORDS[k][language] }))}
            data-testid="goal-add-kind"
          />
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              onChange([...goals, newGoal(kind, GOAL_KIND_WORDS[kind][language], today(timeZone))])
            }
            data-testid="goal-add"
          >
            {t('proposals.goalAdd')}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}
