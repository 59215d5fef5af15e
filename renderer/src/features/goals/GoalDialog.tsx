import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/features/clients';
import {
  GOAL_KIND_WORDS,
  GOAL_KINDS,
  GOAL_PRIORITIES,
  GOAL_PRIORITY_WORDS,
  retirementDate,
  suggestedRetirementAmount,
  type Goal,
} from '../../../../shared/features/goals';
import { today } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { AmountInput } from '../../lib/AmountInput';
import { toErrorInfo } from '../../lib/api';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { issuesToFieldErrors, serverIssues, type IssueLike } from '../../lib/fieldErrors';
import { useChannelMutation } from '../../lib/queries';
import {
  checkGoal,
  emptyGoalValues,
  formPath,
  goalInputOf,
  goalValues,
  type GoalFormValues,
} from './goalFormModel';

/**
 * Adds or edits one goal. The fields follow the kind: a retirement asks the age and monthly
 * spending (its date follows from the birth date, its amount can be estimated from the spending),
 * an education goal the school year. Problems land on their fields, checked here and by the core.
 */
export function GoalDialog({
  client,
  goal,
  onClose,
}: {
  client: Client;
  goal: Goal | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { settings } = useSettings();
  const formats = useFormats();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<GoalFormValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const kind = Form.useWatch('kind', form) ?? goal?.kind ?? 'retirement';
  const retirementAge = Form.useWatch('retirementAge', form) as number | null | undefined;
  const create = useChannelMutation('goals.create', { invalidates: ['goals', 'audit'] });
  const update = useChannelMutation('goals.update', { invalidates: ['goals', 'audit'] });
  const derivedDate = kind === 'retirement' ? retirementDate(client.birthDate, retirementAge ?? null) : null;

  function show(issues: readonly IssueLike[]) {
    const mapped = issuesToFieldErrors(
      issues.map((issue) => ({ ...issue, path: formPath(issue.path) })),
      language,
    );
    // A retirement's date is shown, not typed: its problem goes to the age that makes it.
    const fields = mapped.fields.map((f) =>
      derivedDate && f.name[0] === 'targetDate' ? { ...f, name: ['retirementAge'] } : f,
    );
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    setGeneral(mapped.general);
  }

  async function finish() {
    setGeneral([]);
    const values = form.getFieldsValue(true) as GoalFormValues;
    const input = goalInputOf(values, client.birthDate);
    const issues = checkGoal(input, {
      today: today(settings.timeZone),
      birthDate: client.birthDate,
      isNew: goal === null,
    });
    if (issues.length > 0) {
      show(issues);
      return;
    }
    try {
      if (goal) await update.mutateAsync({ id: goal.id, version: goal.version, data: input });
      else await create.mutateAsync({ clientId: client.id, data: input });
    } catch (caught) {
      const error = toErrorInfo(caught);
      const found = serverIssues(error.details).map((i) => ({
        ...i,
        path: i.path[0] === 'data' ? i.path.slice(1) : i.path,
      }));
      if (found.length > 0) show(found);
      else setGeneral([errorText(error)]);
      return;
    }
    void message.success(t('goals.saved'));
    onClose();
  }

  function suggest() {
    const values = form.getFieldsValue(true) as GoalFormValues;
    const spending = typeof values.monthlySpendingTwd === 'number' ? values.monthlySpendingTwd : null;
    const amount = suggestedRetirementAmount(spending, values.withdrawalYears ?? 0);
    // The spending is what the simulation withdraws each month of retirement.
    if (amount !== null)
      form.setFieldsValue({ amountTwd: amount, monthlyWithdrawalTwd: spending, inTodaysMoney: true });
  }

  const amount = (name: keyof GoalFormValues, label: string, testId: string) => (
    <Form.Item name={name} label={label}>
      <AmountInput prefix="NT$" aria-label={label} data-testid={testId} />
    </Form.Item>
  );

  return (
    <ConfirmModal
      open
      title={goal ? t('goals.editTitle') : t('goals.addTitle')}
      onCancel={onClose}
      destroyOnHidden
      ok={{
        text: t('common.save'),
        onClick: () => void finish(),
        loading: create.isPending || update.isPending,
        testId: 'goal-save',
      }}
    >
      {general.length > 0 ? (
        <Alert className="form-alert-top" type="error" showIcon role="alert" title={general.join('；')} />
      ) : null}
      <Form<GoalFormValues>
        form={form}
        layout="vertical"
        initialValues={goal ? goalValues(goal) : emptyGoalValues()}
        onFinish={() => void finish()}
        onValuesChange={(changed: Partial<GoalFormValues>) => {
          // A school year starts in September: its first day is the goal's date until one is picked.
          if (typeof changed.educationYear === 'number') {
            form.setFieldsValue({ targetDate: dayjs(`${changed.educationYear}-09-01`) });
          }
        }}
        data-testid="goal-form"
      >
        <div className="form-grid">
          <Form.Item name="kind" label={t('goals.kind')}>
            <Select
              data-testid="goal-kind"
              options={GOAL_KINDS.map((k) => ({ value: k, label: GOAL_KIND_WORDS[k][language] }))}
            />
          </Form.Item>
          <Form.Item name="priority" label={t('goals.priority')}>
            <Select
              data-testid="goal-priority"
              options={GOAL_PRIORITIES.map((p) => ({ value: p, label: GOAL_PRIORITY_WORDS[p][language] }))}
            />
          </Form.Item>
        </div>
        <Form.Item name="name" label={t('goals.name')}>
          <Input maxLength={60} data-testid="goal-name" />
        </Form.Item>
        {kind === 'retirement' ? (
          <div className="form-grid">
            <Form.Item name="retirementAge" label={t('goals.retirementAge')}>
              <InputNumber<number>
                min={40}
                max={90}
                precision={0}
                className="full-width"
                data-testid="goal-retirementAge"
              />
            </Form.Item>
            {amount('monthlySpendingTwd', t('goals.monthlySpending'), 'goal-monthlySpending')}
          </div>
        ) : null}
        {kind === 'education' ? (
          <Form.Item
            name="educationYear"
            label={t('goals.educationYear')}
            extra={t('goals.educationYearHint')}
          >
            <InputNumber<number>
              min={2000}
              max={2100}
              precision={0}
              className="full-width"
              data-testid="goal-educationYear"
            />
          </Form.Item>
        ) : null}
        {derivedDate ? (
          <Typography.Paragraph data-testid="goal-derived-date">
            {t('goals.targetDate')}：
            {t('goals.targetDateRetirement', { date: formats.date(derivedDate, 'long') })}
          </Typography.Paragraph>
        ) : (
          <>
            {kind === 'retirement' ? (
              <Typography.Paragraph type="secondary">{t('goals.noBirthDate')}</Typography.Paragraph>
            ) : null}
            <Form.Item name="targetDate" label={t('goals.targetDate')}>
              <DatePicker format={formats.picker} className="full-width" data-testid="goal-targetDate" />
            </Form.Item>
          </>
        )}
        <div className="form-grid">
          {amount('amountTwd', t('goals.amount'), 'goal-amount')}
          <Form.Item name="inTodaysMoney" valuePropName="checked" label={t('goals.todaysMoney')}>
            <Checkbox data-testid="goal-inTodaysMoney">{t('goals.inTodaysMoney')}</Checkbox>
          </Form.Item>
        </div>
        {kind === 'retirement' ? (
          <Flex vertical gap="small" className="form-alert">
            <Button onClick={suggest} data-testid="goal-suggest">
              {t('goals.suggest')}
            </Button>
            <Typography.Text type="secondary">{t('goals.suggestHint')}</Typography.Text>
          </Flex>
        ) : null}
        <Divider titlePlacement="start">{t('goals.funding')}</Divider>
        <div className="form-grid">
          {amount('initialTwd', t('goals.initial'), 'goal-initial')}
          {amount('monthlyContributionTwd', t('goals.monthlyContribution'), 'goal-monthlyContribution')}
          {amount('monthlyWithdrawalTwd', t('goals.monthlyWithdrawal'), 'goal-monthlyWithdrawal')}
          <Form.Item name="withdrawalYears" label={t('goals.withdrawalYears')}>
            <InputNumber<number>
              min={0}
              max={60}
              precision={0}
              className="full-width"
              data-testid="goal-withdrawalYears"
            />
          </Form.Item>
        </div>
        <Form.Item name="notes" label={t('goals.notes')}>
          <Input.TextArea maxLength={500} rows={2} data-testid="goal-notes" />
        </Form.Item>
      </Form>
    </ConfirmModal>
  );
}
