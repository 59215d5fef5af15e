import { useEffect, useMemo, useRef, useState } from 'react';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Input, Select, Space, Spin, Typography, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  ASSET_CLASSES,
  CURRENCIES,
  PRODUCT_STATES,
  PRODUCT_TYPES,
  RISK_RATINGS,
  filterShelf,
  isShelfFiltered,
  type ShelfFilter,
} from '../../../../shared/features/products';
import { PageTitle } from '../../app/PageTitle';
import { useErrorText } from '../../app/useErrorText';
import { useChannelQuery } from '../../lib/queries';
import { ProductExportButtons, ProductImportButton, SeedDemoButton } from './ShelfFileButtons';
import { ShelfTable } from './ShelfTable';
import { productPaths } from './paths';

const NO_FILTER = {};

/** Whether a key press belongs to a field the user is typing in (then "/" is just a slash). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * 商品: the whole shelf is loaded once and filtered here with the same filterShelf the core uses,
 * so each key press answers at once even with 5,000 products. "/" jumps to the search box.
 */
export function ShelfPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const search = useRef<InputRef>(null);
  const [filter, setFilter] = useState<ShelfFilter>({});
  const { data, error } = useChannelQuery('products.list', NO_FILTER);
  const shown = useMemo(() => (data ? filterShelf(data.items, filter) : []), [data, filter]);
  const set =
    <K extends keyof ShelfFilter>(key: K) =>
    (value: ShelfFilter[K]) =>
      setFilter((f) => ({ ...f, [key]: value }));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
        return;
      event.preventDefault();
      search.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const select = <K extends 'riskRating' | 'type' | 'currency' | 'assetClass' | 'state'>(
    key: K,
    values: readonly NonNullable<ShelfFilter[K]>[],
    label: (value: NonNullable<ShelfFilter[K]>) => string,
  ) => (
    <Select
      allowClear
      className="shelf-filter"
      popupMatchSelectWidth={false}
      value={filter[key]}
      onChange={set(key)}
      placeholder={t(`product.${key}`)}
      aria-label={t(`product.${key}`)}
      data-testid={`shelf-filter-${key}`}
      options={values.map((value) => ({ value, label: label(value) }))}
    />
  );

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <PageTitle>{t('nav.products')}</PageTitle>
        <Space wrap>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="new-product-button"
            onClick={() => void navigate(productPaths.create)}
          >
            {t('products.new')}
          </Button>
          <ProductImportButton />
          <ProductExportButtons />
          <SeedDemoButton />
        </Space>
      </Flex>
      <Flex wrap gap="small" role="search">
        <Input
          ref={search}
          type="search"
          prefix={<SearchOutlined aria-hidden />}
          className="client-search"
          allowClear
          value={filter.text ?? ''}
          onChange={(event) => set('text')(event.target.value)}
          placeholder={t('products.searchPlaceholder')}
          aria-label={t('products.searchLabel')}
          aria-keyshortcuts="/"
          data-testid="product-search"
          maxLength={50}
        />
        {select('riskRating', RISK_RATINGS, (n) => t(`rr.${n}`))}
        {select('type', PRODUCT_TYPES, (v) => t(`productType.${v}`))}
        {select('currency', CURRENCIES, (v) => v)}
        {select('assetClass', ASSET_CLASSES, (v) => t(`assetClass.${v}`))}
        {select('state', PRODUCT_STATES, (v) => t(`productState.${v}`))}
      </Flex>
      {error ? <Alert type="error" showIcon title={errorText(error)} /> : null}
      <Typography.Text type="secondary" data-testid="product-total" aria-live="polite">
        {!data
          ? t('common.loading')
          : isShelfFiltered(filter)
            ? t('products.shown', { shown: shown.length, count: data.total })
            : t('products.total', { count: data.total })}
      </Typography.Text>
      {!data ? (
        error ? null : (
          <Spin />
        )
      ) : shown.length === 0 ? (
        <Empty description={data.total > 0 ? t('products.noMatch') : t('products.none')} />
      ) : (
        <ShelfTable products={shown} />
      )}
    </Flex>
  );
}
