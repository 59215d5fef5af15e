/**
 * Deadlines counted in calendar days, as the Civil Code counts a period of days (民法 第 120 條):
 * the day received is not counted, so a 30-day period from 1/31 ends on 3/2 (3/1 in a leap year).
 * Dates are calendar days (YYYY-MM-DD) already read in the firm's time zone; "today" is too.
 * A deadline on a weekend or holiday is not moved (the firm's holiday calendar is not known here).
 * The arithmetic is the kernel's (shared/kernel/dates.ts).
 */
import { addDays } from '../../kernel/dates';
import type { DataRequestKind } from './settings';

export type OmbudsmanState = 'not_applicable' | 'not_yet' | 'open' | 'closed';

export interface ComplaintDeadlines {
  /** The last day the firm may reply. */
  replyDueOn: string;
  /** Not replied and past the due day, or replied after it. */
  replyOverdue: boolean;
  /** The last day the client may apply to the Ombudsman; null for a professional investor. */
  ombudsmanUntil: string | null;
  /** not_yet: no reply and the reply period still running; open; closed: the window has passed. */
  ombudsmanState: OmbudsmanState;
}

/**
 * The 30-day reply deadline and the 60-day Ombudsman window of a complaint (金融消費者保護法 第 13 條:
 * the client may apply within 60 days of receiving the reply or of the reply period ending unanswered;
 * a late reply opens its own 60 days, the later of the two).
 */
export function complaintDeadlines(
  complaint: { receivedOn: string; repliedOn: string | null; ombudsmanApplies: boolean },
  rules: { complaintReplyDays: number; ombudsmanDays: number },
  today: string,
): ComplaintDeadlines {
  const replyDueOn = addDays(complaint.receivedOn, rules.complaintReplyDays);
  const replyOverdue = complaint.repliedOn === null ? today > replyDueOn : complaint.repliedOn > replyDueOn;
  if (!complaint.ombudsmanApplies) {
    return { replyDueOn, replyOverdue, ombudsmanUntil: null, ombudsmanState: 'not_applicable' };
  }
  const ombudsmanUntil = addDays(complaint.repliedOn ?? replyDueOn, rules.ombudsmanDays);
  const opened = complaint.repliedOn !== null || today > replyDueOn;
  const ombudsmanState: OmbudsmanState = !opened ? 'not_yet' : today > ombudsmanUntil ? 'closed' : 'open';
  return { replyDueOn, replyOverdue, ombudsmanUntil, ombudsmanState };
}

/**
 * The most a request's deadline may be extended, once (個人資料保護法 第 13 條): 15 days for seeing
 * or copying (第 10 條), 30 for correcting, stopping use or deleting (第 11 條). The firm's own
 * period is used when shorter.
 */
export const DATA_REQUEST_MAX_EXTENSION_DAYS: Readonly<Record<DataRequestKind, number>> = {
  see: 15,
  copy: 15,
  correct: 30,
  stop: 30,
  delete: 30,
};

/** When a personal-data request must be answered, and whether an open one is past it. */
export function dataRequestDeadline(
  request: { receivedOn: string; closedOn: string | null },
  days: number,
  today: string,
): { dueOn: string; overdue: boolean } {
  const dueOn = addDays(request.receivedOn, days);
  return { dueOn, overdue: request.closedOn === null ? today > dueOn : request.closedOn > dueOn };
}
