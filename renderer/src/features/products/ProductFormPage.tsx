import { Alert, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Product, ProductData } from '../../../../shared/features/products';
import { PageTitle } from '../../app/PageTitle';
import { useErrorText } from '../../app/useErrorText';
import { useEditedCopy, useOpenSaved } from '../../lib/editing';
import { useChannelMutation } from '../../lib/queries';
import { ProductForm } from './ProductForm';
import { NEW_PRODUCT_VALUES, valuesFromProduct } from './productFormModel';
import { productPaths } from './paths';

/** Says so and opens the saved product. */
function useOpenSavedProduct() {
  const { t } = useTranslation();
  return useOpenSaved(t('productForm.saved'), (product: Product) => productPaths.detail(product.id));
}

/** 新增商品: a new product starts as a draft. */
export function NewProductPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openSaved = useOpenSavedProduct();
  const create = useChannelMutation('products.create');
  return (
    <Flex vertical gap="middle">
      <PageTitle>{t('productForm.newTitle')}</PageTitle>
      <ProductForm
        initialValues={NEW_PRODUCT_VALUES}
        save={(data: ProductData) => create.mutateAsync({ data })}
        saving={create.isPending}
        saveError={create.error}
        onSaved={openSaved}
        onCancel={() => void navigate(productPaths.shelf)}
      />
    </Flex>
  );
}

/** 編輯商品 on the copy it opened (useEditedCopy): a change saved elsewhere meanwhile is a CONFLICT. */
export function EditProductPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const openSaved = useOpenSavedProduct();
  const update = useChannelMutation('products.update');
  const { copy: product, error, reloadLatest } = useEditedCopy('products.get', { id }, update.reset);

  if (error && !product) return <Alert type="error" showIcon title={errorText(error)} />;
  if (!product) return <Spin />;

  return (
    <Flex vertical gap="middle">
      <PageTitle>{t('productForm.editTitle', { name: product.nameZh })}</PageTitle>
      <ProductForm
        key={product.version}
        initialValues={valuesFromProduct(product)}
        save={(data) => update.mutateAsync({ id, version: product.version, data })}
        saving={update.isPending}
        saveError={update.error}
        onSaved={openSaved}
        onCancel={() => void navigate(productPaths.detail(id))}
        onReloadLatest={reloadLatest}
      />
    </Flex>
  );
}
