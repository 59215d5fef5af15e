/**
 * The calendar day and clock time of an instant in Taipei, whatever the computer's own zone:
 * 2026-11-29T17:30:00Z is 2026-11-30 01:30:00 there (not the UTC day 2026-11-29).
 * (To be replaced by shared/kernel/dates.ts when that lands.)
 */
const TAIPEI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Taipei',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function taipeiDayAndTime(at: string | Date): { day: string; time: string } {
  const parts = Object.fromEntries(
    TAIPEI.formatToParts(typeof at === 'string' ? new Date(at) : at).map((p) => [p.type, p.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
  };
}
