import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../../../lib/queries';

/** A chosen product's RR, currency and fees, read from the shelf (one cached read per product). */
export function ProductFees({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const { data: product } = useChannelQuery('products.get', { id: productId });
  if (!product) return null;
  const fee = (value: number | null) => (value === null ? '—' : `${value}%`);
  return (
    <Typography.Text type="secondary" className="proposal-fees" data-testid="item-fees">
      {[
        `RR${product.riskRating}`,
        product.currency,
        t('proposals.frontLoad', { fee: fee(product.fees.frontLoadPercent) }),
        t('proposals.managementFee', { fee: fee(product.fees.managementPercent) }),
        ...(product.isComplex ? [t('proposals.complex')] : []),
      ].join(' · ')}
    </Typography.Text>
  );
}
