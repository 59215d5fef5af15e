/**
 * Calendar day and wall-clock time of an instant in a time zone (Asia/Taipei by default), so a
 * document made at 07:30 in Taipei is dated that day, not the previous one as the UTC string is.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Taipei';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export function wallClock(at: Date, timeZone: string = DEFAULT_TIME_ZONE): WallClock {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const part = (name: string) => Number(parts[name]);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2026-11-30" */
export function isoDay(clock: WallClock): string {
  return `${clock.year}-${pad2(clock.month)}-${pad2(clock.day)}`;
}

/** "08:05" */
export function hourMinute(clock: WallClock): string {
  return `${pad2(clock.hour)}:${pad2(clock.minute)}`;
}

/** The compact ROC date of file names: 2026-11-30 is 1151130. */
export function rocCompactDay(clock: WallClock): string {
  return `${clock.year - 1911}${pad2(clock.month)}${pad2(clock.day)}`;
}
