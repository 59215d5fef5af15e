import { memo, useRef, type CSSProperties } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, type NavigateFunction } from 'react-router';
import type { ProductSummary } from '../../../../shared/features/products';
import { productPaths } from './paths';

const ROW_HEIGHT = 48;
/** The shelf's own columns on the client table's row styling. */
const COLUMNS: CSSProperties = {
  gridTemplateColumns:
    'minmax(6em, 0.8fr) minmax(10em, 2.2fr) minmax(5.5em, 0.8fr) minmax(5em, 0.5fr) minmax(3.5em, 0.4fr) minmax(7em, 1fr) minmax(7em, 1.2fr) minmax(6em, 0.8fr)',
};

/** The shelf as a virtual table: 5,000 rows scroll with only those in view in the DOM. */
export function ShelfTable({ products }: { products: readonly ProductSummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns unstable functions the React Compiler cannot memoize; this app does
  // not run the compiler, and the component re-renders on every scroll as intended.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: products.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  return (
    <div
      className="client-table"
      role="table"
      aria-label={t('products.tableLabel')}
      aria-rowcount={products.length + 1}
    >
      <div className="client-table-row client-table-head" role="row" aria-rowindex={1} style={COLUMNS}>
        <span role="columnheader">{t('product.code')}</span>
        <span role="columnheader">{t('product.nameZh')}</span>
        <span role="columnheader">{t('product.type')}</span>
        <span role="columnheader">{t('product.currency')}</span>
        <span role="columnheader">RR</span>
        <span role="columnheader">{t('product.assetClass')}</span>
        <span role="columnheader">{t('product.issuer')}</span>
        <span role="columnheader">{t('product.state')}</span>
      </div>
      <div ref={scrollRef} className="client-table-body" data-testid="shelf-body" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const product = products[item.index]!;
            return (
              <div
                key={product.id}
                className="client-table-virtual"
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              >
                <ShelfRow product={product} rowIndex={item.index + 2} navigate={navigate} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** Memoised: while scrolling, only rows that come into view render. */
const ShelfRow = memo(function ShelfRow({
  product,
  rowIndex,
  navigate,
}: {
  product: ProductSummary;
  rowIndex: number;
  navigate: NavigateFunction;
}) {
  const { t } = useTranslation();
  const open = () => void navigate(productPaths.detail(product.id));
  return (
    <div
      className="client-table-row client-table-data"
      role="row"
      aria-rowindex={rowIndex}
      data-testid="product-row"
      data-product-code={product.code}
      onClick={open}
      style={COLUMNS}
    >
      {/* The code is the link, alone in its cell: beside the demo badge a link would read as text. */}
      <span role="cell" className="mono">
        <Link to={productPaths.detail(product.id)} onClick={(event) => event.stopPropagation()}>
          {product.code}
        </Link>
      </span>
      <span role="cell">
        {product.nameZh}
        {product.isDemo ? <span className="status-badge demo-badge">{t('products.demo')}</span> : null}
      </span>
      <span role="cell">{t(`productType.${product.type}`)}</span>
      <span role="cell">{product.currency}</span>
      <span role="cell">{t(`rr.${product.riskRating}`)}</span>
      <span role="cell">{t(`assetClass.${product.assetClass}`)}</span>
      <span role="cell">{product.issuer}</span>
      <span role="cell">
        <StateBadge state={product.state} />
      </span>
    </div>
  );
});

const STATE_CLASS = {
  draft: 'status-prospect',
  approved: 'status-active',
  suspended: 'status-dormant',
  withdrawn: '',
} as const;

/** A product's state, coloured like the client statuses (approved green, suspended amber). */
export function StateBadge({ state }: { state: ProductSummary['state'] }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge ${STATE_CLASS[state]}`} data-testid="product-state">
      {t(`productState.${state}`)}
    </span>
  );
}
