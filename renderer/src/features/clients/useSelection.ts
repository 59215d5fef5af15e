import { useCallback, useState } from 'react';

export interface Selection {
  ids: ReadonlySet<string>;
  toggle: (id: string) => void;
  /** Adds these (the header checkbox, 全選 N 筆符合). */
  add: (ids: readonly string[]) => void;
  clear: () => void;
}

/** The clients ticked on the list; a new filter (`scope`) starts with none, as what was ticked may be gone. */
export function useSelection(scope: string): Selection {
  const [state, setState] = useState({ scope, ids: new Set<string>() as ReadonlySet<string> });
  let current = state;
  if (state.scope !== scope) {
    current = { scope, ids: new Set() };
    setState(current);
  }
  const change = useCallback(
    (next: (ids: Set<string>) => void) =>
      setState((s) => {
        const ids = new Set(s.ids);
        next(ids);
        return { scope: s.scope, ids };
      }),
    [],
  );
  const toggle = useCallback(
    (id: string) => change((ids) => (ids.has(id) ? ids.delete(id) : ids.add(id))),
    [change],
  );
  const add = useCallback(
    (more: readonly string[]) => change((ids) => more.forEach((id) => ids.add(id))),
    [change],
  );
  const clear = useCallback(() => change((ids) => ids.clear()), [change]);
  return { ids: current.ids, toggle, add, clear };
}
