import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../../../shared/features/clients/schema';
import type { ErrorInfo, Result } from '../../../../shared/ipc/result';
import { useApi } from '../../app/api-context';

export interface ClientState {
  client: Client | null;
  error: ErrorInfo | null;
  reload: () => void;
}

/** One client's dossier, loaded by id. */
export function useClient(id: string): ClientState {
  const api = useApi();
  const [state, setState] = useState<{ client: Client | null; error: ErrorInfo | null }>({
    client: null,
    error: null,
  });

  const apply = useCallback((result: Result<Client>) => {
    setState(result.ok ? { client: result.value, error: null } : { client: null, error: result.error });
  }, []);

  useEffect(() => {
    let live = true;
    void api.invoke('clients.get', { id }).then((result) => {
      if (live) apply(result);
    });
    return () => {
      live = false;
    };
  }, [api, id, apply]);

  const reload = useCallback(() => {
    void api.invoke('clients.get', { id }).then(apply);
  }, [api, id, apply]);

  return { ...state, reload };
}
