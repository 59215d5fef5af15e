import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { productName } from '../../../../shared/features/products';
import { useLanguage } from '../../app/language';
import { useChannelQuery } from '../../lib/queries';
import { useDebouncedValue } from '../../lib/useDebouncedValue';

/** A shelf product by code or name, or none (a form field: value and onChange from Form.Item). */
export function ShelfProductSelect({
  value,
  onChange,
  id,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim(), 200);
  const found = useChannelQuery('products.list', { text }, { enabled: text !== '' });
  return (
    <Select<string>
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(picked) => onChange?.(picked ?? null)}
      placeholder={t('complaints.productSearch')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={text === '' ? t('complaints.productTypeToSearch') : null}
      options={(found.data?.items ?? []).slice(0, 20).map((p) => ({
        value: p.id,
        label: `${p.code} ${productName(p, language)}`,
      }))}
      data-testid="complaint-product"
    />
  );
}
