import { z } from 'zod';
import { addDays } from '../../kernel/dates';

/** The 今日 page's week: today and the six days after it. */
export const HOME_WEEK_DAYS = 7;

/** The most follow-ups the page lists (the late ones first); it says how many more there are. */
export const HOME_LIST_LIMIT = 100;

export function weekEndOf(today: string): string {
  return addDays(today, HOME_WEEK_DAYS - 1);
}

const clientRef = { clientId: z.string(), clientName: z.string() };

export const homeSchema = z.object({
  today: z.string(),
  /** The last day of "this week" (today + 6). */
  weekEnd: z.string(),
  /** Open visit plans from today to `weekEnd`, by date and time. */
  visits: z.array(
    z.object({
      ...clientRef,
      activityId: z.string(),
      date: z.string(),
      time: z.string().nullable(),
      place: z.string().nullable(),
    }),
  ),
  /** Open follow-ups due by `weekEnd`, the earliest first, at most HOME_LIST_LIMIT of them. */
  followUps: z.array(
    z.object({ ...clientRef, id: z.string(), title: z.string(), dueOn: z.string(), late: z.boolean() }),
  ),
  /** How many open follow-ups are due by `weekEnd` in all. */
  followUpsTotal: z.number().int(),
  /** Birthdays from today to `weekEnd` (29 February on 28 February in other years). */
  birthdays: z.array(z.object({ ...clientRef, birthDate: z.string(), on: z.string() })),
});
export type Home = z.infer<typeof homeSchema>;
