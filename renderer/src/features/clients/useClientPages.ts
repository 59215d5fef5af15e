import { useCallback, useEffect, useState } from 'react';
import type { ClientListQuery, ClientSummary } from '../../../../shared/features/clients/schema';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { useApi } from '../../app/api-context';
import { PageCache } from './pageCache';
import { DEFAULT_PAGE_SIZE } from '../../../../shared/kernel/limits';

export const PAGE_SIZE = DEFAULT_PAGE_SIZE;

export type ClientFilter = Pick<ClientListQuery, 'text' | 'status' | 'tag' | 'sort'>;

export interface ClientPages {
  /** null until the first page of this filter has answered. */
  total: number | null;
  rowAt: (index: number) => ClientSummary | undefined;
  /** Asks for the pages covering these rows, if not loaded yet. */
  ensureRows: (first: number, last: number) => void;
  error: ErrorInfo | null;
}

interface ListState {
  key: string;
  cache: PageCache<ClientSummary>;
  total: number | null;
  error: ErrorInfo | null;
  loadedPages: number;
}

function freshState(key: string): ListState {
  return { key, cache: new PageCache(PAGE_SIZE), total: null, error: null, loadedPages: 0 };
}

/**
 * The client list for one filter, loaded a page at a time. A new filter (or reloadKey) starts a
 * fresh cache, and answers that arrive for an older cache are dropped.
 */
export function useClientPages(filter: ClientFilter, reloadKey: number): ClientPages {
  const api = useApi();
  const { text, status, tag, sort } = filter;
  const key = JSON.stringify([text, status, tag, sort, reloadKey]);
  const [state, setState] = useState(() => freshState(key));
  let current = state;
  if (state.key !== key) {
    // A new filter: reset while rendering rather than after, so no stale rows flash.
    current = freshState(key);
    setState(current);
  }
  const { cache } = current;

  const ensureRows = useCallback(
    (first: number, last: number) => {
      for (const page of cache.claimMissing(first, last)) {
        void api
          .invoke('clients.list', {
            ...(text ? { text } : {}),
            ...(status ? { status } : {}),
            ...(tag ? { tag } : {}),
            sort,
            offset: page * PAGE_SIZE,
            limit: PAGE_SIZE,
          })
          .then((result) => {
            if (result.ok) cache.store(page, result.value.items);
            else cache.release(page);
            setState((s) => {
              if (s.cache !== cache) return s;
              return result.ok
                ? { ...s, total: result.value.total, error: null, loadedPages: s.loadedPages + 1 }
                : { ...s, error: result.error };
            });
          });
      }
    },
    [api, cache, text, status, tag, sort],
  );

  useEffect(() => ensureRows(0, 0), [ensureRows]);

  const rowAt = useCallback((index: number) => cache.itemAt(index), [cache]);
  return { total: current.total, rowAt, ensureRows, error: current.error };
}
