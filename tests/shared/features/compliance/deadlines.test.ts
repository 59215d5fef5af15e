import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../../shared/kernel/dates';
import {
  complaintDeadlines,
  dataRequestDeadline,
  DEFAULT_COMPLIANCE_SETTINGS as RULES,
} from '../../../../shared/features/compliance';

const open = (receivedOn: string, repliedOn: string | null = null, ombudsmanApplies = true) => ({
  receivedOn,
  repliedOn,
  ombudsmanApplies,
});

describe('complaint deadlines (day received not counted)', () => {
  it('30 days from 1/31 is 3/2 in a common year and 3/1 in a leap year', () => {
    expect(complaintDeadlines(open('2025-01-31'), RULES, '2025-02-01').replyDueOn).toBe('2025-03-02');
    expect(complaintDeadlines(open('2024-01-31'), RULES, '2024-02-01').replyDueOn).toBe('2024-03-01');
    expect(complaintDeadlines(open('2100-01-31'), RULES, '2100-02-01').replyDueOn).toBe('2100-03-02'); // not leap
    expect(complaintDeadlines(open('2000-01-31'), RULES, '2000-02-01').replyDueOn).toBe('2000-03-01'); // leap
  });

  it('crosses a year end and counts 2/29 as a day', () => {
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  });

  it('is overdue the day after the due day, not on it', () => {
    expect(complaintDeadlines(open('2025-01-31'), RULES, '2025-03-02').replyOverdue).toBe(false);
    expect(complaintDeadlines(open('2025-01-31'), RULES, '2025-03-03').replyOverdue).toBe(true);
  });

  it('a reply after the due day stays flagged late; one on time is not', () => {
    expect(complaintDeadlines(open('2025-01-31', '2025-03-03'), RULES, '2025-04-01').replyOverdue).toBe(true);
    expect(complaintDeadlines(open('2025-01-31', '2025-03-02'), RULES, '2025-04-01').replyOverdue).toBe(
      false,
    );
  });

  it('the Ombudsman window runs 60 days from the reply, or from the due day when unanswered', () => {
    const replied = complaintDeadlines(open('2024-01-31', '2024-02-10'), RULES, '2024-02-11');
    expect(replied).toMatchObject({ ombudsmanUntil: '2024-04-10', ombudsmanState: 'open' });
    const waiting = complaintDeadlines(open('2024-01-31'), RULES, '2024-02-11');
    expect(waiting).toMatchObject({ ombudsmanUntil: '2024-04-30', ombudsmanState: 'not_yet' });
    const unanswered = complaintDeadlines(open('2024-01-31'), RULES, '2024-03-02');
    expect(unanswered.ombudsmanState).toBe('open');
    expect(complaintDeadlines(open('2024-01-31'), RULES, '2024-05-01').ombudsmanState).toBe('closed');
    expect(complaintDeadlines(open('2024-01-31'), RULES, '2024-04-30').ombudsmanState).toBe('open');
  });

  it('a professional investor has no Ombudsman window', () => {
    expect(complaintDeadlines(open('2024-01-31', null, false), RULES, '2024-03-05')).toEqual({
      replyDueOn: '2024-03-01',
      replyOverdue: true,
      ombudsmanUntil: null,
      ombudsmanState: 'not_applicable',
    });
  });

  it('follows the settings', () => {
    const rules = { complaintReplyDays: 15, ombudsmanDays: 30 };
    expect(complaintDeadlines(open('2025-02-14', '2025-02-20'), rules, '2025-02-21')).toMatchObject({
      replyDueOn: '2025-03-01',
      ombudsmanUntil: '2025-03-22',
    });
  });
});

describe('personal-data request deadlines', () => {
  it('15 days from 2/14 in a leap and a common year; overdue only once past', () => {
    expect(dataRequestDeadline({ receivedOn: '2024-02-14', closedOn: null }, 15, '2024-02-29')).toEqual({
      dueOn: '2024-02-29',
      overdue: false,
    });
    expect(dataRequestDeadline({ receivedOn: '2025-02-14', closedOn: null }, 15, '2025-03-02')).toEqual({
      dueOn: '2025-03-01',
      overdue: true,
    });
    expect(
      dataRequestDeadline({ receivedOn: '2025-02-14', closedOn: '2025-02-28' }, 15, '2025-06-01').overdue,
    ).toBe(false);
  });
});

describe('retention years', () => {
  it('ends on the same day years later (counted in months, as retention is), 2/29 on 2/28 of a common year', () => {
    expect(addMonths('2026-11-30', 5 * 12)).toBe('2031-11-30');
    expect(addMonths('2024-02-29', 5 * 12)).toBe('2029-02-28');
    expect(addMonths('2024-02-29', 4 * 12)).toBe('2028-02-29');
  });
});
