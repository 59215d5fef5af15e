import type { AuditFilter } from '../../../../shared/features/audit';
import { nextDay, startOfDay } from '../../../../shared/kernel/dates';

/** What the filter bar holds: calendar days (YYYY-MM-DD) in the user's zone, an action code, a client's ID. */
export interface AuditFilterState {
  days?: readonly [string, string];
  action?: string;
  clientId?: string;
}

/**
 * Calendar days in the user's time zone as the instants the core filters by: from the start of
 * the first day up to (not including) the start of the day after the last, so the last day is whole.
 */
export function daysToInstants(first: string, last: string, timeZone: string): { from: string; to: string } {
  return { from: startOfDay(first, timeZone), to: startOfDay(nextDay(last), timeZone) };
}

/** The filter bar's state as the audit channels' filter; empty fields are left out. */
export function toAuditFilter(state: AuditFilterState, timeZone: string): AuditFilter {
  return {
    ...(state.days ? daysToInstants(state.days[0], state.days[1], timeZone) : {}),
    ...(state.action ? { action: state.action } : {}),
    ...(state.clientId ? { clientId: state.clientId } : {}),
  };
}
