import { useState } from 'react';
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  CUSTODIANS,
  positionInputSchema,
  type PositionInput,
  type ValuedPosition,
} from '../../../../shared/features/holdings';
import { ASSET_CLASSES, productName } from '../../../../shared/features/products';
import { CURRENCIES } from '../../../../shared/kernel/money';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';
import { AmountInput, type AmountValue } from '../../lib/AmountInput';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { issuesToFieldErrors, serverIssues } from '../../lib/fieldErrors';
import { toErrorInfo } from '../../lib/api';
import { useChannelQuery } from '../../lib/queries';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useHoldingsWords } from './words';

interface Values {
  source: 'shelf' | 'free';
  productId?: string | null;
  name?: string;
  assetClass?: (typeof ASSET_CLASSES)[number] | null;
  currency?: (typeof CURRENCIES)[number] | null;
  custodian?: (typeof CUSTODIANS)[number];
  quantity?: AmountValue;
  price?: AmountValue;
  priceDate?: Dayjs | null;
}

const numberOf = (value: AmountValue | undefined) => (typeof value === 'number' ? value : Number.NaN);

function initialValues(position: ValuedPosition | null): Values {
  if (!position) return { source: 'shelf', custodian: 'domestic', priceDate: dayjs() };
  return {
    source: position.productId ? 'shelf' : 'free',
    productId: position.productId,
    name: position.name,
    assetClass: position.assetClass,
    currency: position.currency,
    custodian: position.custodian,
    quantity: position.quantity,
    price: position.price,
    priceDate: dayjs(position.priceDate),
  };
}

function toInput(values: Values): PositionInput {
  const shelf = values.source === 'shelf';
  return {
    productId: shelf ? (values.productId ?? '') : null,
    name: shelf ? null : (values.name ?? ''),
    assetClass: shelf ? null : (values.assetClass ?? null),
    currency: shelf ? null : (values.currency ?? null),
    custodian: values.custodian as never,
    quantity: numberOf(values.quantity),
    price: numberOf(values.price),
    priceDate: values.priceDate ? values.priceDate.format('YYYY-MM-DD') : '',
  };
}

/**
 * Adds or edits one position: a product picked from the shelf (searched by code or name) or a
 * free-form one with its own name, class and currency. The shared schema checks it before it goes.
 */
export function PositionModal({
  open,
  position,
  saving,
  onSave,
  onCancel,
}: {
  open: boolean;
  /** The position being edited, or null for a new one. */
  position: ValuedPosition | null;
  saving: boolean;
  /** Resolves when saved; rejects with the core's error (its VALIDATION issues land on fields). */
  onSave: (input: PositionInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const words = useHoldingsWords();
  const [form] = Form.useForm<Values>();
  const source = Form.useWatch('source', form) ?? initialValues(position).source;

  function showIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
    const { fields } = issuesToFieldErrors(issues, language);
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
  }

  async function submit() {
    const values = form.getFieldsValue(true) as Values;
    const input = toInput(values);
    const parsed = positionInputSchema.safeParse(input);
    if (!parsed.success) {
      showIssues(parsed.error.issues);
      return;
    }
    try {
      await onSave(input);
    } catch (caught) {
      const error = toErrorInfo(caught);
      if (error.code === 'VALIDATION') {
        showIssues(
          serverIssues(error.details).map((i) => ({
            ...i,
            path: i.path[0] === 'data' ? i.path.slice(1) : i.path,
          })),
        );
      }
    }
  }

  return (
    <ConfirmModal
      open={open}
      destroyOnHidden
      title={position ? t('holdings.form.editTitle') : t('holdings.form.addTitle')}
      onCancel={onCancel}
      ok={{
        text: t('holdings.form.save'),
        onClick: () => void submit(),
        loading: saving,
        testId: 'holding-save',
      }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues(position)}
        data-testid="holding-form"
        onFinish={() => void submit()}
      >
        <Form.Item name="source" label={t('holdings.form.source')}>
          <Radio.Group
            optionType="button"
            data-testid="holding-source"
            options={[
              { value: 'shelf', label: t('holdings.form.shelf') },
              { value: 'free', label: t('holdings.form.free') },
            ]}
          />
        </Form.Item>
        {source === 'shelf' ? (
          <Form.Item name="productId" label={t('holdings.form.product')} required>
            <ShelfProductSelect current={position} language={language} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="name" label={t('holdings.form.name')} required>
              <Input maxLength={100} data-testid="holding-name" />
            </Form.Item>
            <Form.Item name="assetClass" label={t('holdings.col.assetClass')} required>
              <Select
                data-testid="holding-asset-class"
                aria-label={t('holdings.col.assetClass')}
                options={ASSET_CLASSES.map((a) => ({ value: a, label: words.assetClass(a) }))}
              />
            </Form.Item>
            <Form.Item name="currency" label={t('holdings.col.currency')} required>
              <Select
                data-testid="holding-currency"
                aria-label={t('holdings.col.currency')}
                options={CURRENCIES.map((c) => ({ value: c, label: c }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="custodian" label={t('holdings.col.custodian')} required>
          <Select
            data-testid="holding-custodian"
            aria-label={t('holdings.col.custodian')}
            options={CUSTODIANS.map((c) => ({ value: c, label: words.custodian(c) }))}
          />
        </Form.Item>
        <Form.Item name="quantity" label={t('holdings.col.quantity')} required>
          <AmountInput data-testid="holding-quantity" aria-label={t('holdings.col.quantity')} />
        </Form.Item>
        <Form.Item name="price" label={t('holdings.col.price')} required>
          <AmountInput data-testid="holding-price" aria-label={t('holdings.col.price')} />
        </Form.Item>
        <Form.Item name="priceDate" label={t('holdings.col.priceDate')} required>
          <DatePicker data-testid="holding-price-date" format={formats.picker} className="full-width" />
        </Form.Item>
        {/* Enter in any field saves, as the dialog's button does. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </ConfirmModal>
  );
}

/** How many matches the list offers at once: type more to narrow it. */
const SHOWN_MATCHES = 20;

/** A shelf product by code or name, as a form control (value: the product's ID). */
function ShelfProductSelect({
  value,
  onChange,
  current,
  language,
}: {
  value?: string | null;
  onChange?: (id: string) => void;
  current: ValuedPosition | null;
  language: 'zh-TW' | 'en';
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim(), 200);
  const found = useChannelQuery('products.list', { text }, { enabled: text !== '' });
  const options = (found.data?.items ?? []).slice(0, SHOWN_MATCHES).map((p) => ({
    value: p.id,
    label: `${p.code} ${productName(p, language)} · ${p.currency} · RR${p.riskRating}`,
  }));
  // The product being edited stays named before anything is searched.
  if (current?.productId && !options.some((o) => o.value === current.productId)) {
    options.unshift({ value: current.productId, label: `${current.productCode ?? ''} ${current.name}` });
  }
  return (
    <Select<string>
      data-testid="holding-product"
      aria-label={t('holdings.form.product')}
      placeholder={t('holdings.form.productSearch')}
      value={value ?? null}
      onChange={(id) => onChange?.(id)}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={
        text === '' ? t('holdings.form.productTypeToSearch') : t('holdings.form.productNoMatch')
      }
      options={options}
    />
  );
}
