// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { auditFilterSchema } from '../../shared/features/audit';
import { auditCsvFileName } from '../../renderer/src/features/compliance/AuditExportButton';
import { actorText } from '../../renderer/src/features/compliance/AuditTable';
import { daysToInstants, toAuditFilter } from '../../renderer/src/features/compliance/auditFilter';

const TAIPEI = 'Asia/Taipei';

describe('the audit filter', () => {
  it('turns Taipei calendar days into the instants [start of first day, start of the day after last)', () => {
    expect(daysToInstants('2026-11-30', '2026-11-30', TAIPEI)).toEqual({
      from: '2026-11-29T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
    });
    // Across a month end, a year end and a leap day.
    expect(daysToInstants('2026-12-25', '2026-12-31', TAIPEI).to).toBe('2026-12-31T16:00:00.000Z');
    expect(daysToInstants('2028-02-01', '2028-02-28', TAIPEI).to).toBe('2028-02-28T16:00:00.000Z');
    // Another zone, across a daylight-saving change (London: BST ends 2026-10-25).
    expect(daysToInstants('2026-10-25', '2026-10-25', 'Europe/London')).toEqual({
      from: '2026-10-24T23:00:00.000Z',
      to: '2026-10-26T00:00:00.000Z',
    });
  });

  it('builds a filter the audit channels accept, leaving out what is not set', () => {
    expect(toAuditFilter({}, TAIPEI)).toEqual({});
    const filter = toAuditFilter(
      {
        days: ['2026-11-01', '2026-11-30'],
        action: 'vault.unlock_failed',
        clientId: '11111111-1111-4111-8111-111111111111',
      },
      TAIPEI,
    );
    expect(auditFilterSchema.parse(filter)).toEqual(filter);
    expect(filter).toMatchObject({ from: '2026-10-31T16:00:00.000Z', action: 'vault.unlock_failed' });
  });
});

describe('audit times and names', () => {
  it('names the export file by the Taipei day, in the ROC or ISO calendar', () => {
    const now = new Date('2026-11-29T20:00:00.000Z');
    expect(auditCsvFileName('稽核軌跡', now, 'roc', TAIPEI)).toBe('稽核軌跡_1151130.csv');
    expect(auditCsvFileName('稽核軌跡', now, 'iso', TAIPEI)).toBe('稽核軌跡_2026-11-30.csv');
    expect(auditCsvFileName('audit-trail', now, 'iso', 'UTC')).toBe('audit-trail_2026-11-29.csv');
  });

  it('names the actor by the advisor name and the OS user', () => {
    expect(actorText('陳志明', 'chen', 'zh-TW')).toBe('陳志明（chen）');
    expect(actorText('陳志明', 'chen', 'en')).toBe('陳志明 (chen)');
    expect(actorText(null, 'chen', 'zh-TW')).toBe('chen');
    expect(actorText('', null, 'zh-TW')).toBe('—');
  });
});
