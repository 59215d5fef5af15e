import { useState } from 'react';
import { Alert, App, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Product, ProductData } from '../../../../shared/features/products';
import { PageTitle } from '../../app/PageTitle';
import { useErrorText } from '../../app/useErrorText';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { ProductForm } from './ProductForm';
import { NEW_PRODUCT_VALUES, valuesFromProduct } from './productFormModel';
import { productPaths } from './paths';

/** Says so and opens the saved product. */
function useOpenSaved() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (product: Product) => {
    void message.success(t('productForm.saved'));
    void navigate(productPaths.detail(product.id));
  };
}

/** 新增商品: a new product starts as a draft. */
export function NewProductPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openSaved = useOpenSaved();
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

/**
 * 編輯商品: the form keeps the version it opened, so a change saved elsewhere meanwhile is a
 * CONFLICT, never silently overwritten; the typing stays until the user asks for the latest.
 */
export function EditProductPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const openSaved = useOpenSaved();
  const query = useChannelQuery('products.get', { id }, { refetchOnMount: 'always' });
  const update = useChannelMutation('products.update');
  const [opened, setOpened] = useState<Product | null>(null);
  const fresh = query.isFetchedAfterMount ? (query.data ?? null) : null;
  if (opened === null && fresh !== null) setOpened(fresh);
  const product = opened ?? fresh;

  if (query.error && !product) return <Alert type="error" showIcon title={errorText(query.error)} />;
  if (!product) return <Spin />;

  async function reloadLatest() {
    const latest = await query.refetch();
    if (!latest.data) return;
    update.reset();
    setOpened(latest.data);
  }

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
        onReloadLatest={() => void reloadLatest()}
      />
    </Flex>
  );
}
