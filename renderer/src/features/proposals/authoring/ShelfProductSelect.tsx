import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ASSET_CLASS_WORDS, productName, type AssetClassId } from '../../../../../shared/features/products';
import { useLanguage } from '../../../app/language';
import type { Candidate } from './useShelfCandidates';

/**
 * A product from the shelf, searched by code or name: each option shows RR, currency and class;
 * a product the rules block for this client is disabled with the reason beside it.
 */
export function ShelfProductSelect({
  candidates,
  value,
  excludeIds,
  assetClass,
  onPick,
  ariaLabel,
  placeholder,
  testId,
}: {
  candidates: readonly Candidate[];
  value?: string;
  excludeIds: readonly string[];
  /** Lists this class's products first. */
  assetClass?: AssetClassId;
  onPick: (candidate: Candidate) => void;
  ariaLabel: string;
  placeholder?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const shown = candidates
    .filter((c) => c.product.id === value || !excludeIds.includes(c.product.id))
    .sort(
      (a, b) => Number(b.product.assetClass === assetClass) - Number(a.product.assetClass === assetClass),
    );
  return (
    <Select<string>
      className="proposal-product-select"
      value={value}
      aria-label={ariaLabel}
      placeholder={placeholder}
      data-testid={testId}
      showSearch={{
        filterOption: (input, option) => (option?.search ?? '').includes(input.trim().toLowerCase()),
      }}
      popupMatchSelectWidth={false}
      notFoundContent={t('proposals.productNoMatch')}
      onChange={(id) => {
        const picked = candidates.find((c) => c.product.id === id);
        if (picked && !picked.blocked) onPick(picked);
      }}
      options={shown.map(({ product, blocked }) => ({
        value: product.id,
        disabled: blocked !== null && product.id !== value,
        search: `${product.code} ${product.nameZh} ${product.nameEn ?? ''}`.toLowerCase(),
        label: (
          <span data-product-code={product.code} className="proposal-product-option">
            <span className="mono">{product.code}</span> {productName(product, language)}
            <Typography.Text type="secondary">
              {' · '}RR{product.riskRating} · {product.currency} ·{' '}
              {ASSET_CLASS_WORDS[product.assetClass][language]}
            </Typography.Text>
            {blocked ? (
              <span className="proposal-option-blocked" data-testid="option-blocked">
                {' · '}
                {t('proposals.blockedBecause', { reason: blocked })}
              </span>
            ) : null}
          </span>
        ),
      }))}
    />
  );
}
