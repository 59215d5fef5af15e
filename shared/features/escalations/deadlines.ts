import type { EscalationSettings, EscalationSeverity } from './settings';

const HOUR_MS = 3_600_000;

/** When an anomaly raised at `raisedAt` must be resolved: the severity's response hours later. */
export function escalationDueAt(
  raisedAt: string,
  severity: EscalationSeverity,
  settings: EscalationSettings,
): string {
  return new Date(Date.parse(raisedAt) + settings.responseHours[severity] * HOUR_MS).toISOString();
}

/** Late: still unresolved after its due time, or resolved after it (the record keeps that it was late). */
export function escalationOverdue(dueAt: string, resolvedAt: string | null, now: number): boolean {
  return (resolvedAt === null ? now : Date.parse(resolvedAt)) > Date.parse(dueAt);
}
