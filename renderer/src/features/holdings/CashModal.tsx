import { Alert, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CUSTODIANS, cashInputSchema, type CashInput } from '../../../../shared/features/holdings';
import { CURRENCIES } from '../../../../shared/kernel/money';
import { useLanguage } from '../../app/language';
import { AmountInput, type AmountValue } from '../../lib/AmountInput';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { issuesToFieldErrors } from '../../lib/fieldErrors';
import { useHoldingsWords } from './words';

interface Values {
  currency?: CashInput['currency'];
  custodian?: CashInput['custodian'];
  amount?: AmountValue;
}

/** Sets the cash in one currency at one account (0 removes it). */
export function CashModal({
  open,
  saving,
  onSave,
  onCancel,
}: {
  open: boolean;
  saving: boolean;
  onSave: (input: CashInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const words = useHoldingsWords();
  const [form] = Form.useForm<Values>();

  function submit() {
    const values = form.getFieldsValue(true) as Values;
    const input = {
      currency: values.currency,
      custodian: values.custodian,
      amount: typeof values.amount === 'number' ? values.amount : Number.NaN,
    };
    const parsed = cashInputSchema.safeParse(input);
    if (parsed.success) onSave(parsed.data);
    else
      form.setFields(
        issuesToFieldErrors(parsed.error.issues, language).fields as Parameters<typeof form.setFields>[0],
      );
  }

  return (
    <ConfirmModal
      open={open}
      destroyOnHidden
      title={t('holdings.cash.title')}
      onCancel={onCancel}
      ok={{ text: t('holdings.cash.save'), onClick: submit, loading: saving, testId: 'cash-save' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ currency: 'TWD', custodian: 'bank' }}
        data-testid="cash-form"
        onFinish={submit}
      >
        <Alert type="info" showIcon title={t('holdings.cash.note')} className="form-alert" />
        <Form.Item name="currency" label={t('holdings.col.currency')} required>
          <Select
            data-testid="cash-currency"
            aria-label={t('holdings.col.currency')}
            options={CURRENCIES.map((c) => ({ value: c, label: c }))}
          />
        </Form.Item>
        <Form.Item name="custodian" label={t('holdings.col.custodian')} required>
          <Select
            data-testid="cash-custodian"
            aria-label={t('holdings.col.custodian')}
            options={CUSTODIANS.map((c) => ({ value: c, label: words.custodian(c) }))}
          />
        </Form.Item>
        <Form.Item name="amount" label={t('holdings.col.amount')} required>
          <AmountInput data-testid="cash-amount" aria-label={t('holdings.col.amount')} />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </ConfirmModal>
  );
}
