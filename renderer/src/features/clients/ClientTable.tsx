import { memo, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, type NavigateFunction } from 'react-router';
import type { ClientSummary } from '../../../../shared/features/clients/schema';
import { useFormats, type Formats } from '../../app/useFormats';
import { clientPaths } from './paths';
import type { ClientPages } from './useClientPages';

const ROW_HEIGHT = 48;

/** The client list as a virtual table: only the rows in view are in the DOM. */
export function ClientTable({ pages, total }: { pages: ClientPages; total: number }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns unstable functions the React Compiler cannot memoize; this app does
  // not run the compiler, and the component re-renders on every scroll as intended.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensureRows } = pages;

  useEffect(() => {
    if (total > 0) ensureRows(first, last);
  }, [ensureRows, first, last, total]);

  return (
    <div className="client-table" role="table" aria-label={t('clients.tableLabel')} aria-rowcount={total + 1}>
      <div className="client-table-row client-table-head" role="row" aria-rowindex={1}>
        <span role="columnheader">{t('client.name')}</span>
        <span role="columnheader">{t('client.nationalId')}</span>
        <span role="columnheader">{t('client.phone')}</span>
        <span role="columnheader">{t('client.status')}</span>
        <span role="columnheader" className="num">
          {t('clients.totalAssets')}
        </span>
        <span role="columnheader">{t('client.advisor')}</span>
        <span role="columnheader">{t('client.updatedAt')}</span>
      </div>
      <div ref={scrollRef} className="client-table-body" data-testid="client-table-body" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const client = pages.rowAt(item.index);
            return (
              <div
                key={client?.id ?? `pending-${item.index}`}
                className="client-table-virtual"
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              >
                {client ? (
                  <ClientRow
                    client={client}
                    rowIndex={item.index + 2}
                    formats={formats}
                    statusLabel={t(`status.${client.status}`)}
                    demoLabel={t('clients.demo')}
                    deletedLabel={t('clients.deleted')}
                    navigate={navigate}
                  />
                ) : (
                  <div className="client-table-row" role="row" aria-rowindex={item.index + 2} aria-busy>
                    <span className="row-placeholder" />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** Memoised: while scrolling, only rows that come into view render. */
const ClientRow = memo(function ClientRow({
  client,
  rowIndex,
  formats,
  statusLabel,
  demoLabel,
  deletedLabel,
  navigate,
}: {
  client: ClientSummary;
  rowIndex: number;
  formats: Formats;
  statusLabel: string;
  /** Beside a demo client's name, so fake data is never taken for a client. */
  demoLabel: string;
  /** A deleted client's tombstone has no name: it reads 已刪除客戶. */
  deletedLabel: string;
  navigate: NavigateFunction;
}) {
  const open = () => void navigate(clientPaths.dossier(client.id));
  return (
    <div
      className="client-table-row client-table-data"
      role="row"
      aria-rowindex={rowIndex}
      data-testid="client-row"
      data-client-id={client.id}
      onClick={open}
    >
      <span role="cell" className="client-name">
        <Link to={clientPaths.dossier(client.id)} onClick={(event) => event.stopPropagation()}>
          {client.deleted ? deletedLabel : client.name}
        </Link>
        {client.isDemo ? (
          <span className="status-badge demo-badge" data-testid="demo-badge">
            {demoLabel}
          </span>
        ) : null}
      </span>
      <span role="cell" className="mono">
        {client.nationalIdMasked}
      </span>
      <span role="cell">{client.phone ?? ''}</span>
      <span role="cell">
        <span className={`status-badge status-${client.status}`}>{statusLabel}</span>
      </span>
      <span role="cell" className="num">
        {formats.total(client.totalAssetsTwd)}
      </span>
      <span role="cell">{client.advisor ?? ''}</span>
      <span role="cell">{formats.day(client.updatedAt)}</span>
    </div>
  );
});
