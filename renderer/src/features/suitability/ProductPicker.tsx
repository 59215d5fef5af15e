import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { productName, type ProductSummary } from '../../../../shared/features/products';
import { useChannelQuery } from '../../lib/queries';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useLanguage } from '../../app/language';

/** What the check page needs of a shelf product before the check has run. */
export type PickedProduct = Pick<ProductSummary, 'id' | 'code' | 'nameZh' | 'nameEn' | 'riskRating'>;

/** How many matches the list offers at once: type more to narrow it. */
const SHOWN_MATCHES = 20;

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
  const found = useChannelQuery('products.list', { text }, { enabled: text !== '' });
  const products = (found.data?.items ?? [])
    .filter((p) => !excludeIds.includes(p.id))
    .slice(0, SHOWN_MATCHES);

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
        label: `${p.code} ${productName(p, language)} · RR${p.riskRating}`,
      }))}
      onChange={(id) => {
        const product = products.find((p) => p.id === id);
        if (product) onPick(product);
        setSearch('');
      }}
    />
  );
}
