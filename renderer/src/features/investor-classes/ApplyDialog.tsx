import { Form, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  AMOUNT_FIELD_WORDS,
  BASIS_AMOUNTS,
  BASIS_CLASS,
  BASIS_WORDS,
  CLASS_BASES,
  classApplicationInputSchema,
  INVESTOR_CLASS_WORDS,
  type ClassBasis,
  type InvestorClass,
} from '../../../../shared/features/investor-classes';
import { useLanguage } from '../../app/language';
import { AmountInput, type AmountValue } from '../../lib/AmountInput';
import { ClassDialog } from './ClassDialog';
import { DateField, isoDay, useRequiredRule } from './formParts';
import { useClassSubmit } from './useClassSubmit';

type AppliedClass = Exclude<InvestorClass, 'general'>;
const APPLIED_CLASSES: readonly AppliedClass[] = [
  'professional_natural',
  'professional_entity',
  'high_asset',
];

interface Values {
  investorClass?: AppliedClass;
  basis?: ClassBasis;
  appliedOn?: Dayjs | null;
  amounts?: Record<string, AmountValue>;
}

/** 申請分類: the class, the criterion it rests on, the written application's date and the amounts that criterion states. */
export function ApplyDialog({
  clientId,
  open,
  onClose,
}: {
  clientId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<Values>();
  const chosenClass = Form.useWatch('investorClass', form);
  const basis = Form.useWatch('basis', form);
  const submission = useClassSubmit(
    'classes.apply',
    form,
    ['investorClass', 'basis', 'appliedOn', 'amounts'],
    onClose,
  );
  const required = useRequiredRule();
  const bases = CLASS_BASES.filter((b) => BASIS_CLASS[b] === chosenClass);

  function finish() {
    const values = form.getFieldsValue(true) as Values;
    const amounts = Object.fromEntries(
      (values.basis ? BASIS_AMOUNTS[values.basis] : []).flatMap((field) => {
        const amount = values.amounts?.[field];
        return amount === null || amount === undefined ? [] : [[field, amount]];
      }),
    );
    void submission.submit(classApplicationInputSchema, {
      clientId,
      investorClass: values.investorClass!,
      basis: values.basis!,
      appliedOn: isoDay(values.appliedOn),
      amounts: amounts as Record<string, number>,
    });
  }

  return (
    <ClassDialog
      open={open}
      title={t('classes.applyTitle')}
      testId="class-apply"
      submission={submission}
      okText={t('classes.apply')}
      onClose={onClose}
      onFinish={finish}
    >
      <Form.Item name="investorClass" label={t('classes.class')} rules={[required]}>
        <Radio.Group
          onChange={() => form.setFieldValue('basis', undefined)}
          options={APPLIED_CLASSES.map((c) => ({ value: c, label: INVESTOR_CLASS_WORDS[c][language] }))}
        />
      </Form.Item>
      {bases.length > 0 ? (
        <Form.Item name="basis" label={t('classes.basis')} rules={[required]}>
          <Radio.Group vertical options={bases.map((b) => ({ value: b, label: BASIS_WORDS[b][language] }))} />
        </Form.Item>
      ) : null}
      <DateField name="appliedOn" labelKey="classes.appliedOn" testId="class-appliedOn" />
      {(basis ? BASIS_AMOUNTS[basis] : []).map((field) => (
        <Form.Item
          key={field}
          name={['amounts', field]}
          label={AMOUNT_FIELD_WORDS[field][language]}
          extra={t('classes.amountHint')}
        >
          <AmountInput prefix="NT$" className="full-width" data-testid={`class-amount-${field}`} />
        </Form.Item>
      ))}
    </ClassDialog>
  );
}
