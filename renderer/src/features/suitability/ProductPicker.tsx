import { useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../shared/ipc/contract';
import type { ApiError } from '../../lib/api';
import { useChannelQuery } from '../../lib/queries';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useLanguage } from '../../app/language';

/** What the check page needs of a shelf product before the check has run. */
export interface PickedProduct {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  riskRating: number;
}

// The products feature's search (merged beside this feature): read here as the few fields shown.
const PRODUCTS_LIST = 'products.list' as Channel;

/** Adds a product from the shelf by code or name; the ones already proposed are left out. */
export function ProductPicker({
  onPick,
  excludeIds,
}: {
  onPick: (product: PickedProduct) => void;
  excludeIds: readonly string[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim(), 200);
  const found = useChannelQuery(PRODUCTS_LIST, { text, limit: 20 } as never, {
    enabled: text !== '',
  }) as UseQueryResult<{ items: PickedProduct[] }, ApiError>;
  const products = (found.data?.items ?? []).filter((p) => !excludeIds.includes(p.id));

  return (
    <Select<string>
      data-testid="suitability-product-picker"
      aria-label={t('suitability.productSearch')}
      placeholder={t('suitability.productSearch')}
      value={null as unknown as string}
      className="suitability-product-picker"
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={text === '' ? t('suitability.productTypeToSearch') : t('suitability.productNoMatch')}
      options={products.map((p) => ({
        value: p.id,
        label: `${p.code} ${language === 'en' ? p.nameEn : p.nameZh} · RR${p.riskRating}`,
      }))}
      onChange={(id) => {
        const product = products.find((p) => p.id === id);
        if (product) onPick(product);
        setSearch('');
      }}
    />
  );
}
