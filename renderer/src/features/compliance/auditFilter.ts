import type { AuditFilter } from '../../../../shared/features/audit';

/** What the filter bar holds: Taipei calendar days (YYYY-MM-DD), an action code, a client's ID. */
export interface AuditFilterState {
  days?: readonly [string, string];
  action?: string;
  clientId?: string;
}

const TAIPEI_OFFSET = '+08:00';

function nextDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * Calendar days in Taipei as the instants the core filters by: from the start of the first day up
 * to (not including) the start of the day after the last, so the last day is whole.
 */
export function taipeiDaysToInstants(first: string, last: string): { from: string; to: string } {
  return { from: `${first}T00:00:00${TAIPEI_OFFSET}`, to: `${nextDay(last)}T00:00:00${TAIPEI_OFFSET}` };
}

/** The filter bar's state as the audit channels' filter; empty fields are left out. */
export function toAuditFilter(state: AuditFilterState): AuditFilter {
  return {
    ...(state.days ? taipeiDaysToInstants(state.days[0], state.days[1]) : {}),
    ...(state.action ? { action: state.action } : {}),
    ...(state.clientId ? { clientId: state.clientId } : {}),
  };
}
