import { useCallback, useState } from 'react';
import type {
  ClientListFilter,
  ClientSort,
  ClientSummary,
  SortDirection,
} from '../../../../shared/features/clients/schema';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { useChannelQueries } from '../../lib/queries';
import { DEFAULT_PAGE_SIZE } from '../../../../shared/kernel/limits';

export const PAGE_SIZE = DEFAULT_PAGE_SIZE;
/**
 * Scrolling back over a page shows it as loaded without asking again for this long; a change
 * made in this app (save, import) refreshes the pages at once, by invalidation.
 */
const PAGE_FRESH_MS = 60_000;

/** What `clients.list` narrows and sorts by; absent keys are left out of the request. */
export type ClientFilter = ClientListFilter & { sort: ClientSort; direction?: SortDirection };

export interface ClientPages {
  /** null until a page of this filter has answered. */
  total: number | null;
  rowAt: (index: number) => ClientSummary | undefined;
  /** The rows loaded so far, in order (the header checkbox selects them). */
  loadedRows: () => ClientSummary[];
  /** Shows rows first..last: loads the pages they fall on, if not cached yet. */
  ensureRows: (first: number, last: number) => void;
  error: ErrorInfo | null;
}

interface View {
  filterKey: string;
  firstPage: number;
  lastPage: number;
  /** The last total this filter answered, kept while the pages of a new scroll position load. */
  total: number | null;
}

/**
 * The client list for one filter, a page of 100 at a time: only the pages under the rows in view
 * are asked for, each cached under its own query key, so scrolling back is instant and an
 * answer for an older filter or page can never land in the wrong place.
 */
export function useClientPages(filter: ClientFilter): ClientPages {
  const filterKey = JSON.stringify(filter);
  const [view, setView] = useState<View>({ filterKey, firstPage: 0, lastPage: 0, total: null });
  let current = view;
  if (view.filterKey !== filterKey) {
    // A new filter starts at the top, reset while rendering so no row of the old one flashes.
    current = { filterKey, firstPage: 0, lastPage: 0, total: null };
    setView(current);
  }

  const { firstPage, lastPage } = current;
  const pages = Array.from({ length: lastPage - firstPage + 1 }, (_, i) => firstPage + i);
  const results = useChannelQueries(
    'clients.list',
    pages.map((page) => ({
      ...filter,
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
    })),
    { staleTime: PAGE_FRESH_MS },
  );

  const answered = results.find((result) => result.data)?.data?.total ?? null;
  if (answered !== null && answered !== current.total) {
    current = { ...current, total: answered };
    setView(current);
  }

  const ensureRows = useCallback(
    (first: number, last: number) => {
      const from = Math.floor(first / PAGE_SIZE);
      const to = Math.floor(last / PAGE_SIZE);
      setView((v) =>
        v.filterKey === filterKey && (v.firstPage !== from || v.lastPage !== to)
          ? { ...v, firstPage: from, lastPage: to }
          : v,
      );
    },
    [filterKey],
  );

  const rowAt = (index: number) => {
    const slot = Math.floor(index / PAGE_SIZE) - firstPage;
    return results[slot]?.data?.items[index % PAGE_SIZE];
  };
  const loadedRows = () => results.flatMap((result) => result.data?.items ?? []);
  const error = results.find((result) => result.error)?.error?.info ?? null;
  return { total: current.total, rowAt, loadedRows, ensureRows, error };
}
