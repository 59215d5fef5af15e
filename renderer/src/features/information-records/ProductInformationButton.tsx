import { useState } from 'react';
import { FileDoneOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/features/products';
import { RecordInformationGivenDialog } from './RecordInformationGivenDialog';

/** On a shelf product's page: records the product's documents as given to clients. */
export function ProductInformationButton({ product }: { product: Product }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<FileDoneOutlined />} onClick={() => setOpen(true)} data-testid="product-info-given">
        {t('infoGiven.record')}
      </Button>
      <RecordInformationGivenDialog
        open={open}
        onClose={() => setOpen(false)}
        material={{
          kind: 'product_document',
          refId: product.id,
          title: `${product.nameZh}（${product.code}）`,
        }}
        method="email"
      />
    </>
  );
}
