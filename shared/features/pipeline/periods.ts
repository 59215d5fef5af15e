import { addDays, addMonths } from '../../kernel/dates';
import type { PipelinePeriod } from './settings';

export interface CalendarPeriod {
  from: string;
  to: string;
}

/** The calendar month or quarter holding a day: its first and last day. */
export function periodOf(day: string, period: PipelinePeriod): CalendarPeriod {
  const month = Number(day.slice(5, 7));
  const first = period === 'month' ? month : month - ((month - 1) % 3);
  const from = `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
  return { from, to: addDays(addMonths(from, period === 'month' ? 1 : 3), -1) };
}

/** The period just before the one holding a day. */
export function previousPeriodOf(day: string, period: PipelinePeriod): CalendarPeriod {
  return periodOf(addDays(periodOf(day, period).from, -1), period);
}
