import { memo, useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ClientSort, ClientSummary, SortDirection } from '../../../../shared/features/clients/schema';
import { useFormats, type Formats } from '../../app/useFormats';
import { ClientTableHead } from './ClientTableHead';
import { clientPaths } from './paths';
import type { ClientPages } from './useClientPages';
import { useRowKeys } from './useListKeyboard';
import type { Selection } from './useSelection';

const ROW_HEIGHT = 48;

/**
 * The client list as a virtual table: only the rows in view are in the DOM. Headers sort, rows
 * tick, and the keyboard moves between rows (useListKeyboard.ts). The header stays while a new
 * sort or filter loads (`instead` then stands for the rows: a spinner, or 找不到), so a header
 * pressed from the keyboard keeps the focus.
 */
export function ClientTable({
  pages,
  total,
  sort,
  direction,
  onSort,
  selection,
  instead,
}: {
  pages: ClientPages;
  total: number;
  instead: ReactNode;
  sort: ClientSort;
  direction: SortDirection;
  onSort: (key: ClientSort) => void;
  selection: Selection;
}) {
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
  const open = useCallback((id: string) => void navigate(clientPaths.dossier(id)), [navigate]);
  const keys = useRowKeys({
    total,
    bodyRef: scrollRef,
    scrollTo: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    open,
    toggle: selection.toggle,
  });
  // The row in the tab order: the focused one, or the first in view when it scrolled away.
  const tabRow = keys.focused >= first && keys.focused <= last ? keys.focused : first;

  useEffect(() => {
    if (total > 0) ensureRows(first, last);
  }, [ensureRows, first, last, total]);

  const loaded = pages.loadedRows();
  const ticked = loaded.filter((c) => selection.ids.has(c.id)).length;

  return (
    <div className="client-table" role="table" aria-label={t('clients.tableLabel')} aria-rowcount={total + 1}>
      <ClientTableHead
        sort={sort}
        direction={direction}
        onSort={onSort}
        checked={ticked === 0 ? 'none' : ticked === loaded.length ? 'all' : 'some'}
        onCheck={(on) => (on ? selection.add(loaded.map((c) => c.id)) : selection.clear())}
      />
      {total === 0 ? instead : null}
      <div
        ref={scrollRef}
        hidden={total === 0}
        className="client-table-body"
        data-testid="client-table-body"
        role="rowgroup"
        onKeyDown={keys.onKeyDown}
        onFocus={keys.onFocus}
      >
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
                    index={item.index}
                    tabbable={item.index === tabRow}
                    selected={selection.ids.has(client.id)}
                    toggle={selection.toggle}
                    formats={formats}
                    open={open}
                  />
                ) : (
                  <div
                    className="client-table-row"
                    role="row"
                    aria-rowindex={item.index + 2}
                    data-row-index={item.index}
                    tabIndex={item.index === tabRow ? 0 : -1}
                    aria-busy
                  >
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
  index,
  tabbable,
  selected,
  toggle,
  formats,
  open,
}: {
  client: ClientSummary;
  index: number;
  tabbable: boolean;
  selected: boolean;
  toggle: (id: string) => void;
  formats: Formats;
  open: (id: string) => void;
}) {
  const { t } = useTranslation();
  // A deleted client's tombstone has no name: it reads 已刪除客戶.
  const name = client.deleted ? t('clients.deleted') : client.name;
  return (
    <div
      className={`client-table-row client-table-data${selected ? ' is-selected' : ''}`}
      role="row"
      aria-rowindex={index + 2}
      tabIndex={tabbable ? 0 : -1}
      data-testid="client-row"
      data-row-index={index}
      data-client-id={client.id}
      onClick={() => open(client.id)}
    >
      <span role="cell" className="client-check" onClick={(event) => event.stopPropagation()}>
        <Checkbox
          checked={selected}
          tabIndex={-1}
          onChange={() => toggle(client.id)}
          aria-label={t('clients.selectRow', { name })}
          data-testid="client-row-check"
        />
      </span>
      <span role="cell" className="client-name">
        <Link to={clientPaths.dossier(client.id)} tabIndex={-1} onClick={(event) => event.stopPropagation()}>
          {name}
        </Link>
        {client.isDemo ? (
          // Beside a demo client's name, so fake data is never taken for a client.
          <span className="status-badge demo-badge" data-testid="demo-badge">
            {t('clients.demo')}
          </span>
        ) : null}
        {client.archived ? (
          <span className="status-badge" data-testid="archived-badge">
            {t('clients.archived')}
          </span>
        ) : null}
      </span>
      <span role="cell" className="mono">
        {client.nationalIdMasked}
      </span>
      <span role="cell">{client.phone ?? ''}</span>
      <span role="cell">
        <span className={`status-badge status-${client.status}`}>{t(`status.${client.status}`)}</span>
      </span>
      <span role="cell" className="num">
        {formats.total(client.totalAssetsTwd)}
      </span>
      <span role="cell">{client.advisor ?? ''}</span>
      <span role="cell">{formats.day(client.updatedAt)}</span>
    </div>
  );
});
