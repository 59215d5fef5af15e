/**
 * Dates the way the user reads them, in one place. Two kinds of value:
 * - a calendar date ("2024-03-05": a birth date, the FX as-of date), which has no time zone;
 * - an instant (an ISO timestamp such as updatedAt, or a Date), whose calendar day and clock time
 *   depend on the user's time zone (Asia/Taipei by default). Cutting the day out of the UTC text
 *   would show the previous day between 00:00 and 08:00 in Taipei, so instants always go through
 *   Intl.DateTimeFormat with the zone.
 * zh-TW writes ISO or the ROC calendar by setting: compact (115/11/30) for tables, long
 * (民國 115 年 11 月 30 日) for documents. English always writes ISO. Years before 1912 (no ROC
 * year) stay ISO.
 */

export type DateStyle = 'iso' | 'roc';
export type DateForm = 'compact' | 'long';
export type DateLanguage = 'zh-TW' | 'en';

export const DEFAULT_TIME_ZONE = 'Asia/Taipei';

/** What a screen or document needs to know to write a date. */
export interface DateSettings {
  style: DateStyle;
  language: DateLanguage;
  timeZone: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ROC_FIRST_YEAR = 1912;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building Intl formatters is slow, and a list formats thousands of rows. */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface LocalParts {
  date: string;
  time: string;
  seconds: string;
}

function localParts(instant: string | Date, timeZone: string): LocalParts | null {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) return null;
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(at)) parts[part.type] = part.value;
  const year = (parts.year ?? '').padStart(4, '0');
  return {
    date: `${year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    seconds: parts.second ?? '00',
  };
}

/** The calendar day ("2026-11-30") of an instant in a time zone; null when it is not a time. */
export function calendarDay(instant: string | Date, timeZone: string): string | null {
  return localParts(instant, timeZone)?.date ?? null;
}

/**
 * The instant a calendar day (YYYY-MM-DD) begins in a time zone, as an ISO timestamp: where a day
 * filter starts. The zone's offset is read at that moment, so a daylight-saving change is honoured.
 */
export function startOfDay(isoDate: string, timeZone: string): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const midnightUtc = Date.UTC(year, month - 1, day);
  const offsetAt = (instant: number): number => {
    const parts = localParts(new Date(instant), timeZone)!;
    const [y = 0, mo = 1, d = 1] = parts.date.split('-').map(Number);
    const [h = 0, mi = 0] = parts.time.split(':').map(Number);
    return Date.UTC(y, mo - 1, d, h, mi, Number(parts.seconds)) - instant;
  };
  const first = midnightUtc - offsetAt(midnightUtc);
  return new Date(midnightUtc - offsetAt(first)).toISOString();
}

/** Today's date as file names carry it: 1151130 (ROC) or 2026-11-30 (ISO), in the user's time zone. */
export function fileNameDate(now: Date, style: DateStyle, timeZone: string): string {
  return formatDate(today(timeZone, now), { style, language: 'zh-TW' }, 'compact').replaceAll('/', '');
}

/*
 * Calendar arithmetic on YYYY-MM-DD dates (already read in the firm's time zone), counted as the
 * Civil Code counts periods (民法 第 120-121 條): the first day is not counted, and a period in
 * months or years that ends on a day its month lacks ends on the month's last day.
 */

function isoParts(isoDate: string): [number, number, number] {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return [year, month, day];
}

/** The calendar day `days` after a date (before it when negative). */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoParts(isoDate);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The calendar day after a date. */
export function nextDay(isoDate: string): string {
  return addDays(isoDate, 1);
}

/** The same day `months` later, or the month's last day when it has no such day (01-31 + 1 → 02-28). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoParts(isoDate);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const time = (isoDate: string) => {
    const [year, month, day] = isoParts(isoDate);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((time(to) - time(from)) / 86_400_000);
}

/** Today's date in the user's time zone. */
export function today(timeZone: string, now: Date = new Date()): string {
  return calendarDay(now, timeZone)!;
}

/**
 * A calendar date in the user's style. `compact` for tables (115/11/30), `long` for documents
 * (民國 115 年 11 月 30 日); ISO in English and for years before 1912. Text that is not a calendar
 * date is returned unchanged.
 */
export function formatDate(
  isoDate: string,
  settings: Omit<DateSettings, 'timeZone'>,
  form: DateForm,
): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match || settings.style === 'iso' || settings.language === 'en') return isoDate;
  const rocYear = Number(match[1]) - (ROC_FIRST_YEAR - 1);
  if (rocYear < 1) return isoDate;
  if (form === 'compact') return `${rocYear}/${match[2]}/${match[3]}`;
  return `民國 ${rocYear} 年 ${Number(match[2])} 月 ${Number(match[3])} 日`;
}

/** A calendar month (YYYY-MM) in the user's style: 115/10, or 2026-10. */
export function formatMonth(isoMonth: string, settings: Omit<DateSettings, 'timeZone'>): string {
  return formatDate(`${isoMonth}-01`, settings, 'compact').slice(0, -3);
}

/** An instant's calendar day in the user's zone and style; "—" for something that is not a time. */
export function formatDay(instant: string | Date, settings: DateSettings, form: DateForm): string {
  const day = calendarDay(instant, settings.timeZone);
  return day === null ? '—' : formatDate(day, settings, form);
}

/** An instant as day and clock time in the user's zone: "115/11/30 07:10", "2026-11-30 07:10:05". */
export function formatTimestamp(
  instant: string | Date,
  settings: DateSettings,
  form: DateForm,
  options: { seconds?: boolean } = {},
): string {
  const parts = localParts(instant, settings.timeZone);
  if (parts === null) return '—';
  const time = options.seconds ? `${parts.time}:${parts.seconds}` : parts.time;
  return `${formatDate(parts.date, settings, form)} ${time}`;
}

/** Whole years from a birth date to a calendar date (both YYYY-MM-DD). */
export function ageOn(birthDate: string, onDate: string): number {
  const [year = 0, month = 1, day = 1] = birthDate.split('-').map(Number);
  const [onYear = 0, onMonth = 1, onDay = 1] = onDate.split('-').map(Number);
  const hadBirthday = onMonth > month || (onMonth === month && onDay >= day);
  return onYear - year - (hadBirthday ? 0 : 1);
}

function validIsoDate(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().slice(0, 10) === iso ? iso : null;
}

const WESTERN_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const ROC_DATE = /^(?:民國)?\s*(\d{1,3})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?$/;

/**
 * A typed or pasted date as YYYY-MM-DD: 2024-03-05, 2024/3/5 (Excel, sometimes with 00:00),
 * ROC 113/03/05, 113.3.5 or 民國113年3月5日. Null for anything else, or a day that does not exist.
 */
export function readDate(raw: string): string | null {
  const text = raw
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+0?0:00(:00)?$/, '')
    .trim();
  const western = WESTERN_DATE.exec(text);
  if (western) return validIsoDate(Number(western[1]), Number(western[2]), Number(western[3]));
  const roc = ROC_DATE.exec(text);
  if (roc && Number(roc[1]) > 0) {
    return validIsoDate(Number(roc[1]) + ROC_FIRST_YEAR - 1, Number(roc[2]), Number(roc[3]));
  }
  return null;
}

/** Monday to Friday (public holidays are not known offline: a business day here is a weekday). */
export function isBusinessDay(isoDate: string): boolean {
  const [year, month, day] = isoParts(isoDate);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * Business days after `from` up to and including `to` (0 when `to` is not later): Friday to the
 * next Monday is 1. Counted by whole weeks, so years apart cost nothing.
 */
export function businessDaysBetween(from: string, to: string): number {
  const days = daysBetween(from, to);
  if (days <= 0) return 0;
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let d = weeks * 7 + 1; d <= days; d += 1) if (isBusinessDay(addDays(from, d))) count += 1;
  return count;
}

const COMPACT_DATE = /^(\d{3}|\d{4})(\d{2})(\d{2})$/;

/**
 * A date written without separators, as bank and exchange exports do: 1130102 (ROC year in three
 * digits) or 20240102. Kept apart from readDate, where a typed number must not become a date.
 */
export function readCompactDate(raw: string): string | null {
  const match = COMPACT_DATE.exec(raw.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const western = match[1]!.length === 4 ? year : year + ROC_FIRST_YEAR - 1;
  return year > 0 ? validIsoDate(western, Number(match[2]), Number(match[3])) : null;
}
