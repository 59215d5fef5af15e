import { describe, expect, it } from 'vitest';
import {
  ageOn,
  calendarDay,
  formatDate,
  formatDay,
  formatMonth,
  formatTimestamp,
  isTimeZone,
  readDate,
  today,
  type DateSettings,
  fileNameDate,
} from '../../../shared/kernel/dates';

const TAIPEI_ROC: DateSettings = { style: 'roc', language: 'zh-TW', timeZone: 'Asia/Taipei' };
const TAIPEI_ISO: DateSettings = { ...TAIPEI_ROC, style: 'iso' };
const ENGLISH_ROC: DateSettings = { ...TAIPEI_ROC, language: 'en' };

describe('calendar day in the user time zone', () => {
  // Taipei is UTC+8 all year: 00:00–08:00 in Taipei is still the previous day in UTC.
  const cases: [string, string, string][] = [
    ['2026-11-30T15:59:00.000Z', '2026-11-30', '23:59'],
    ['2026-11-30T16:00:00.000Z', '2026-12-01', '00:00'],
    ['2026-11-29T16:00:00.000Z', '2026-11-30', '00:00'],
    ['2026-11-29T23:59:00.000Z', '2026-11-30', '07:59'],
    ['2026-11-30T00:00:00.000Z', '2026-11-30', '08:00'],
    ['2026-12-31T16:30:00.000Z', '2027-01-01', '00:30'],
  ];
  it.each(cases)('%s is %s %s in Taipei', (instant, day, time) => {
    expect(calendarDay(instant, 'Asia/Taipei')).toBe(day);
    expect(formatTimestamp(instant, TAIPEI_ISO, 'compact')).toBe(`${day} ${time}`);
    expect(formatDay(new Date(instant), TAIPEI_ISO, 'compact')).toBe(day);
  });

  it('follows the zone setting', () => {
    expect(calendarDay('2026-11-29T23:59:00.000Z', 'UTC')).toBe('2026-11-29');
    expect(calendarDay('2026-11-30T03:00:00.000Z', 'America/Los_Angeles')).toBe('2026-11-29');
    expect(today('Asia/Taipei', new Date('2026-11-29T16:00:00Z'))).toBe('2026-11-30');
  });

  it('writes seconds on request and "—" for something that is not a time', () => {
    expect(formatTimestamp('2026-11-29T23:59:07.000Z', TAIPEI_ROC, 'compact', { seconds: true })).toBe(
      '115/11/30 07:59:07',
    );
    expect(formatTimestamp('not a time', TAIPEI_ROC, 'compact')).toBe('—');
    expect(calendarDay('', 'Asia/Taipei')).toBeNull();
  });

  it('knows which time zones exist', () => {
    expect(isTimeZone('Asia/Taipei')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Asia/Taipie')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('ISO and ROC calendar dates', () => {
  const cases: [string, string, string, string][] = [
    // date, ROC compact, ROC long, ISO
    ['2026-11-30', '115/11/30', '民國 115 年 11 月 30 日', '2026-11-30'],
    ['2024-03-05', '113/03/05', '民國 113 年 3 月 5 日', '2024-03-05'],
    ['1912-01-01', '1/01/01', '民國 1 年 1 月 1 日', '1912-01-01'],
    ['1968-04-12', '57/04/12', '民國 57 年 4 月 12 日', '1968-04-12'],
    // Before the Republic there is no ROC year: ISO.
    ['1911-12-31', '1911-12-31', '1911-12-31', '1911-12-31'],
    ['1900-01-01', '1900-01-01', '1900-01-01', '1900-01-01'],
  ];
  it.each(cases)('%s', (date, compact, long, iso) => {
    expect(formatDate(date, TAIPEI_ROC, 'compact')).toBe(compact);
    expect(formatDate(date, TAIPEI_ROC, 'long')).toBe(long);
    expect(formatDate(date, TAIPEI_ISO, 'long')).toBe(iso);
  });

  it('writes a month as 115/10 in ROC, 2026-10 in ISO and in English', () => {
    expect(formatMonth('2026-10', TAIPEI_ROC)).toBe('115/10');
    expect(formatMonth('2026-10', TAIPEI_ISO)).toBe('2026-10');
    expect(formatMonth('2026-10', ENGLISH_ROC)).toBe('2026-10');
  });

  it('writes English always in ISO, never 民國', () => {
    expect(formatDate('2026-11-30', ENGLISH_ROC, 'long')).toBe('2026-11-30');
    expect(formatTimestamp('2026-11-29T16:30:00.000Z', ENGLISH_ROC, 'long')).toBe('2026-11-30 00:30');
  });

  it('writes a timestamp in ROC by its Taipei day', () => {
    expect(formatDay('2026-11-29T16:30:00.000Z', TAIPEI_ROC, 'long')).toBe('民國 115 年 11 月 30 日');
    expect(formatTimestamp('2026-11-29T16:30:00.000Z', TAIPEI_ROC, 'compact')).toBe('115/11/30 00:30');
  });

  it('leaves text that is not a calendar date alone instead of cutting it', () => {
    expect(formatDate('2026-11-29T16:30:00.000Z', TAIPEI_ROC, 'long')).toBe('2026-11-29T16:30:00.000Z');
  });
});

describe('readDate', () => {
  const cases: [string, string | null][] = [
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['1980/5/3 00:00', '1980-05-03'],
    ['69/05/03', '1980-05-03'],
    ['113.3.5', '2024-03-05'],
    ['民國 113 年 3 月 5 日', '2024-03-05'],
    ['民國113年3月5日', '2024-03-05'],
    ['１１３/０３/０５', '2024-03-05'],
    ['115/11/30', '2026-11-30'],
    ['2023-02-29', null],
    ['0/01/01', null],
    ['yesterday', null],
    ['', null],
  ];
  it.each(cases)('%j → %j', (text, iso) => {
    expect(readDate(text)).toBe(iso);
  });

  it('reads back what formatDate writes', () => {
    for (const date of ['2026-11-30', '1968-04-12', '1912-01-01']) {
      for (const form of ['compact', 'long'] as const) {
        expect(readDate(formatDate(date, TAIPEI_ROC, form))).toBe(date);
      }
    }
  });
});

describe('ageOn', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('1968-04-12', '2026-04-11')).toBe(57);
    expect(ageOn('1968-04-12', '2026-04-12')).toBe(58);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });
});

describe('fileNameDate', () => {
  it('gives the day in the user zone for file names, ROC or ISO', () => {
    const beforeEightInTaipei = new Date('2026-11-29T23:10:00Z');
    expect(fileNameDate(beforeEightInTaipei, 'roc', 'Asia/Taipei')).toBe('1151130');
    expect(fileNameDate(beforeEightInTaipei, 'iso', 'Asia/Taipei')).toBe('2026-11-30');
    expect(fileNameDate(beforeEightInTaipei, 'iso', 'UTC')).toBe('2026-11-29');
  });
});
