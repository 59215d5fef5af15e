// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { auditFilterSchema } from '../../shared/features/audit';
import { auditCsvFileName } from '../../renderer/src/features/compliance/AuditExportButton';
import { actorText } from '../../renderer/src/features/compliance/AuditTable';
import { taipeiDaysToInstants, toAuditFilter } from '../../renderer/src/features/compliance/auditFilter';
import { taipeiDayAndTime } from '../../renderer/src/features/compliance/taipeiTime';

describe('the audit filter', () => {
  it('turns Taipei calendar days into the instants [start of first day, start of the day after last)', () => {
    expect(taipeiDaysToInstants('2026-11-30', '2026-11-30')).toEqual({
      from: '2026-11-30T00:00:00+08:00',
      to: '2026-12-01T00:00:00+08:00',
    });
    // Across a month end, a year end and a leap day.
    expect(taipeiDaysToInstants('2026-12-25', '2026-12-31').to).toBe('2027-01-01T00:00:00+08:00');
    expect(taipeiDaysToInstants('2028-02-01', '2028-02-28').to).toBe('2028-02-29T00:00:00+08:00');
    const { from, to } = taipeiDaysToInstants('2026-11-30', '2026-11-30');
    expect(new Date(from).toISOString()).toBe('2026-11-29T16:00:00.000Z');
    expect(new Date(to).toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('builds a filter the audit channels accept, leaving out what is not set', () => {
    expect(toAuditFilter({})).toEqual({});
    const filter = toAuditFilter({
      days: ['2026-11-01', '2026-11-30'],
      action: 'vault.unlock_failed',
      clientId: '11111111-1111-4111-8111-111111111111',
    });
    expect(auditFilterSchema.parse(filter)).toEqual(filter);
    expect(filter).toMatchObject({ from: '2026-11-01T00:00:00+08:00', action: 'vault.unlock_failed' });
  });
});

describe('audit times and names', () => {
  it('shows the Taipei calendar day, also between 00:00 and 08:00 there', () => {
    expect(taipeiDayAndTime('2026-11-29T17:30:05.000Z')).toEqual({ day: '2026-11-30', time: '01:30:05' });
    expect(taipeiDayAndTime('2026-11-29T15:59:59.000Z')).toEqual({ day: '2026-11-29', time: '23:59:59' });
    expect(taipeiDayAndTime('2026-11-29T16:00:00.000Z')).toEqual({ day: '2026-11-30', time: '00:00:00' });
  });

  it('names the export file by the Taipei day, in the ROC or ISO calendar', () => {
    const now = new Date('2026-11-29T20:00:00.000Z');
    expect(auditCsvFileName('稽核軌跡', now, 'roc')).toBe('稽核軌跡_1151130.csv');
    expect(auditCsvFileName('稽核軌跡', now, 'iso')).toBe('稽核軌跡_2026-11-30.csv');
  });

  it('names the actor by the advisor name and the OS user', () => {
    expect(actorText('陳志明', 'chen', 'zh-TW')).toBe('陳志明（chen）');
    expect(actorText('陳志明', 'chen', 'en')).toBe('陳志明 (chen)');
    expect(actorText(null, 'chen', 'zh-TW')).toBe('chen');
    expect(actorText('', null, 'zh-TW')).toBe('—');
  });
});
