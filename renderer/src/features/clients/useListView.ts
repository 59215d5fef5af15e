import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { clientListFilters } from '../../app/feature-slots';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { listFilterOf, listParamsOf, parseListParams, type ListView } from './listParams';
import type { ClientFilter } from './useClientPages';

const SEARCH_DEBOUNCE_MS = 200;
/** The facets other features answer on this list (`tier`, `overdue`, `kyc`). */
const facetKeys = () => clientListFilters().map((filter) => filter.facet);

/**
 * The list's filters and sort, held in the address (listParams.ts). The search box is typed into
 * its own state and reaches the address (and the query) once the typing pauses.
 */
export function useListView() {
  const [params, setParams] = useSearchParams();
  const view = parseListParams(params, facetKeys());
  const [text, setText] = useState(view.text);
  const typed = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);

  const update = useCallback(
    (patch: Partial<ListView>) =>
      setParams((current) => listParamsOf({ ...parseListParams(current, facetKeys()), ...patch }), {
        replace: true,
      }),
    [setParams],
  );
  useEffect(() => {
    if (typed !== view.text) update({ text: typed });
  }, [typed, view.text, update]);

  /** 清除篩選: every filter and the search box; the sort stays. */
  const clear = () => {
    setText('');
    update({ status: undefined, tags: [], advisor: undefined, archived: false, facets: {} });
  };

  const filter = listFilterOf({ ...view, text: typed });
  const query: ClientFilter = { ...filter, sort: view.sort, direction: view.direction };
  return { view, text, setText, update, clear, filter, query };
}
