import {
  CLIENT_SORTS,
  CLIENT_STATUSES,
  DEFAULT_SORT_DIRECTION,
  type ClientListFilter,
  type ClientSort,
  type ClientStatus,
  type SortDirection,
} from '../../../../shared/features/clients/schema';

/**
 * The client list's filters and sort as the address holds them (`/clients?tier=top&sort=name`),
 * so they survive opening a dossier and coming back. The other features' facets use their own
 * key (`tier`, `overdue`, `kyc`); the list's own keys are the ones below.
 */
export interface ListView {
  text: string;
  status?: ClientStatus | undefined;
  tags: string[];
  /** '' for the clients with no advisor. */
  advisor?: string | undefined;
  archived: boolean;
  facets: Record<string, string>;
  sort: ClientSort;
  direction: SortDirection;
}

const OWN_KEYS = ['q', 'status', 'tag', 'advisor', 'archived', 'sort', 'dir'];
const DEFAULT_SORT: ClientSort = 'updatedAt';

const isSort = (value: string | null): value is ClientSort => CLIENT_SORTS.includes(value as ClientSort);
const isStatus = (value: string | null): value is ClientStatus =>
  CLIENT_STATUSES.includes(value as ClientStatus);

/** Reads the view from the address; an unknown value reads as no filter. */
export function parseListParams(params: URLSearchParams, facetKeys: readonly string[]): ListView {
  const sortParam = params.get('sort');
  const sort = isSort(sortParam) ? sortParam : DEFAULT_SORT;
  const dir = params.get('dir');
  const status = params.get('status');
  const facets: Record<string, string> = {};
  for (const key of facetKeys) {
    const value = params.get(key);
    if (value && !OWN_KEYS.includes(key)) facets[key] = value;
  }
  return {
    text: params.get('q') ?? '',
    ...(isStatus(status) ? { status } : {}),
    tags: params.getAll('tag').filter((tag) => tag !== ''),
    ...(params.has('advisor') ? { advisor: params.get('advisor') ?? '' } : {}),
    archived: params.get('archived') === '1',
    facets,
    sort,
    direction: dir === 'asc' || dir === 'desc' ? dir : DEFAULT_SORT_DIRECTION[sort],
  };
}

/** The address of a view; defaults are left out, so a plain list is plain `/clients`. */
export function listParamsOf(view: ListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.text !== '') params.set('q', view.text);
  if (view.status) params.set('status', view.status);
  for (const tag of view.tags) params.append('tag', tag);
  if (view.advisor !== undefined) params.set('advisor', view.advisor);
  if (view.archived) params.set('archived', '1');
  for (const [key, value] of Object.entries(view.facets)) params.set(key, value);
  if (view.sort !== DEFAULT_SORT) params.set('sort', view.sort);
  if (view.direction !== DEFAULT_SORT_DIRECTION[view.sort]) params.set('dir', view.direction);
  return params;
}

/** A header's click: its own first direction, or the other one when it already sorts the list. */
export function sortAfterClick(
  view: Pick<ListView, 'sort' | 'direction'>,
  key: ClientSort,
): Pick<ListView, 'sort' | 'direction'> {
  if (view.sort !== key) return { sort: key, direction: DEFAULT_SORT_DIRECTION[key] };
  return { sort: key, direction: view.direction === 'asc' ? 'desc' : 'asc' };
}

/** The filter part as `clients.list` and `clients.ids` take it: nothing for what is not set. */
export function listFilterOf(view: Omit<ListView, 'sort' | 'direction'>): ClientListFilter {
  const text = view.text.trim();
  return {
    ...(text ? { text } : {}),
    ...(view.status ? { status: view.status } : {}),
    ...(view.tags.length > 0 ? { tags: view.tags } : {}),
    ...(view.advisor !== undefined ? { advisor: view.advisor } : {}),
    ...(view.archived ? { archived: true } : {}),
    ...(Object.keys(view.facets).length > 0 ? { facets: view.facets } : {}),
  };
}

/** Whether anything narrows the list (the empty list then says 找不到符合條件的客戶). */
export function isFiltered(view: Omit<ListView, 'sort' | 'direction'>): boolean {
  return Object.keys(listFilterOf(view)).length > 0;
}
