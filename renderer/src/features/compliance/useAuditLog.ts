import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry, AuditFilter } from '../../../../shared/features/audit';
import type { Language } from '../../../../shared/i18n/messages';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { useApi } from '../../app/api-context';

/** The compliance screen's calls to the core, in one place. */

export interface AuditPage {
  total: number;
  items: AuditEntry[];
}

/** One page of the filtered trail; the previous page stays shown while the next one loads. */
export function useAuditPage(filter: AuditFilter, page: number, pageSize: number) {
  const api = useApi();
  // A stable key: the filter object is rebuilt on every render.
  const filterKey = JSON.stringify(filter);
  const requestKey = `${filterKey}|${page}|${pageSize}`;
  const [answer, setAnswer] = useState<{ key: string; data: AuditPage | null; error: ErrorInfo | null }>({
    key: '',
    data: null,
    error: null,
  });

  useEffect(() => {
    let current = true;
    const input = {
      filter: JSON.parse(filterKey) as AuditFilter,
      offset: (page - 1) * pageSize,
      limit: pageSize,
    };
    void api.invoke('audit.list', input).then((result) => {
      if (!current) return;
      setAnswer((previous) =>
        result.ok
          ? { key: requestKey, data: result.value, error: null }
          : { key: requestKey, data: previous.data, error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [api, filterKey, requestKey, page, pageSize]);

  return { data: answer.data, error: answer.error, loading: answer.key !== requestKey };
}

/** The filtered trail as CSV, with words in the given language (the export is itself audited). */
export function useAuditCsvExport() {
  const api = useApi();
  return useCallback(
    (filter: AuditFilter, language: Language) => api.invoke('audit.exportCsv', { filter, language }),
    [api],
  );
}
