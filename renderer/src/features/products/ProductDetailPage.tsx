import { useState, type ReactNode } from 'react';
import { EditOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PRODUCT_STATES, type Product, type ProductState } from '../../../../shared/features/products';
import { productActions } from '../../app/feature-slots';
import { PageTitle } from '../../app/PageTitle';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { ProductNotes } from './ProductNotes';
import { StateBadge } from './ShelfTable';
import { productPaths } from './paths';

/** One product: every field, the state with who set it, a confirmed state change, and the KYP notes. */
export function ProductDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { data: product, error } = useChannelQuery('products.get', { id });

  if (error && !product) return <Alert type="error" showIcon title={errorText(error)} />;
  if (!product) return <Spin />;

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Flex align="center" gap="small" wrap>
          <PageTitle testId="product-name">{product.nameZh}</PageTitle>
          <span className="mono">{product.code}</span>
          <StateBadge state={product.state} />
          {product.isDemo ? <span className="status-badge demo-badge">{t('products.demo')}</span> : null}
        </Flex>
        <Flex gap="small">
          <Button
            icon={<EditOutlined />}
            onClick={() => void navigate(productPaths.edit(product.id))}
            data-testid="product-edit"
          >
            {t('productDetail.edit')}
          </Button>
          <StateChange product={product} />
          {productActions().map(({ key, Action }) => (
            <Action key={key} product={product} />
          ))}
        </Flex>
      </Flex>
      <Card title={t('productDetail.basic')}>
        <ProductFields product={product} />
      </Card>
      <Card title={t('productDetail.disclosures')}>
        {product.riskDisclosureBlocks.length === 0 ? (
          <Typography.Text type="secondary">{t('productDetail.noDisclosures')}</Typography.Text>
        ) : (
          product.riskDisclosureBlocks.map((block, i) => (
            <Typography.Paragraph key={i} className="pre-wrap" data-testid="product-disclosure">
              {block}
            </Typography.Paragraph>
          ))
        )}
      </Card>
      <ProductNotes productId={product.id} />
    </Flex>
  );
}

function ProductFields({ product: p }: { product: Product }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const text = (value: string | null): ReactNode =>
    value === null ? dash : <span className="pre-wrap">{value}</span>;
  const yesNo = (value: boolean) => t(value ? 'productDetail.yes' : 'productDetail.no');
  const percent = (value: number | null) => (value === null ? dash : t('productDetail.percent', { value }));
  const date = (value: string | null) => (value === null ? dash : formats.date(value, 'long'));
  const stateSet = p.stateChangedAt
    ? t(p.stateChangedBy ? 'productDetail.stateSetBy' : 'productDetail.stateUnknownBy', {
        name: p.stateChangedBy,
        time: formats.timestamp(p.stateChangedAt),
      })
    : dash;

  const rows: [key: string, children: ReactNode, span?: number][] = [
    ['code', <span className="mono">{p.code}</span>],
    ['type', t(`productType.${p.type}`)],
    ['nameZh', p.nameZh],
    ['nameEn', text(p.nameEn)],
    ['issuer', p.issuer],
    ['currency', p.currency],
    ['issuerRiskRating', t(`rr.${p.issuerRiskRating}`)],
    ['riskRating', <strong data-testid="product-rr">{t(`rr.${p.riskRating}`)}</strong>],
    ['assetClass', t(`assetClass.${p.assetClass}`)],
    ['isForeign', yesNo(p.isForeign)],
    ['isComplex', yesNo(p.isComplex)],
    ['dividendFromPrincipal', yesNo(p.dividendFromPrincipal)],
    ['launchDate', date(p.launchDate)],
    ['expiryDate', date(p.expiryDate)],
    ['state', <StateBadge state={p.state} />],
    ['stateChangedAt', stateSet],
    ['maxLossStatement', <strong>{text(p.maxLossStatement)}</strong>, 2],
    ['frontLoadPercent', percent(p.fees.frontLoadPercent)],
    ['managementPercent', percent(p.fees.managementPercent)],
    ['custodyPercent', percent(p.fees.custodyPercent)],
    ['switchingFee', text(p.fees.switchingFee)],
    ['earlyRedemption', text(p.fees.earlyRedemption), 2],
    ['compensationDisclosure', text(p.compensationDisclosure), 2],
    ['updatedAt', formats.timestamp(p.updatedAt)],
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={2}
      data-testid="product-fields"
      items={rows.map(([key, children, span]) => ({
        key,
        label: t(`product.${key}`),
        children,
        ...(span ? { span } : {}),
      }))}
    />
  );
}

/** 變更銷售狀態: pick the new state, then confirm; the change is noted and audited. */
function StateChange({ product }: { product: Product }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [target, setTarget] = useState<ProductState | null>(null);
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    setTarget(null);
  };
  const setState = useChannelMutation('products.setState', {
    onSuccess() {
      close();
      void message.success(t('productDetail.stateChanged'));
    },
    onError: (error) => void message.error(errorText(error)),
  });
  return (
    <>
      <Button icon={<SwapOutlined />} onClick={() => setOpen(true)} data-testid="product-change-state">
        {t('productDetail.changeState')}
      </Button>
      <ConfirmModal
        open={open}
        title={t('productDetail.changeState')}
        onCancel={close}
        ok={{
          text: t('productDetail.confirm'),
          onClick: () =>
            target && setState.mutate({ id: product.id, version: product.version, state: target }),
          loading: setState.isPending,
          disabled: target === null,
          testId: 'product-state-confirm',
        }}
      >
        <Flex vertical gap="small">
          <Select<ProductState>
            value={target ?? undefined}
            onChange={setTarget}
            placeholder={t('productDetail.newState')}
            aria-label={t('productDetail.newState')}
            data-testid="product-state-select"
            options={PRODUCT_STATES.filter((s) => s !== product.state).map((s) => ({
              value: s,
              label: t(`productState.${s}`),
            }))}
          />
          {target ? (
            <Alert
              type="warning"
              showIcon
              data-testid="product-state-warning"
              title={t('productDetail.confirmState', {
                name: product.nameZh,
                from: t(`productState.${product.state}`),
                to: t(`productState.${target}`),
              })}
            />
          ) : null}
        </Flex>
      </ConfirmModal>
    </>
  );
}
