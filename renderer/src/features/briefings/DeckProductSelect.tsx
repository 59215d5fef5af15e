import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { productName } from '../../../../shared/features/products';
import { useLanguage } from '../../app/language';
import { useChannelQuery } from '../../lib/queries';
import { useDebouncedValue } from '../../lib/useDebouncedValue';

/** A shelf product by code or name; the picked one keeps its name (read by id) while no search is typed. */
export function DeckProductSelect({
  value,
  onChange,
  id,
  disabled,
}: {
  value: string | null;
  onChange: (value: string) => void;
  id?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim(), 200);
  const found = useChannelQuery('products.list', { text }, { enabled: text !== '' });
  const picked = useChannelQuery('products.get', { id: value ?? '' }, { enabled: value !== null });
  const options = (found.data?.items ?? []).slice(0, 20).map((p) => ({
    value: p.id,
    label: `${p.code} ${productName(p, language)} · RR${p.riskRating}`,
  }));
  const current = picked.data;
  if (current && !options.some((o) => o.value === current.id)) {
    options.unshift({
      value: current.id,
      label: `${current.code} ${productName(current, language)} · RR${current.riskRating}`,
    });
  }
  return (
    <Select<string>
      id={id}
      disabled={disabled}
      value={value ?? undefined}
      onChange={onChange}
      placeholder={t('briefings.pickProduct')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={text === '' ? t('briefings.typeToSearch') : t('briefings.noMatch')}
      options={options}
      data-testid="deck-product-select"
    />
  );
}
