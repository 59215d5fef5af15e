import { z } from 'zod';
import { clientIdSchema, isoDateSchema } from '../clients';
import { optionalText, requiredText } from '../../kernel/text-fields';
import { CONTACT_CHANNELS, CONTACT_DIRECTIONS } from './words';

/** 24-hour time of day, 'HH:MM'. */
const timeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.activityTime' })
  .nullable()
  .default(null);

const when = { date: isoDateSchema, time: timeSchema };

/** Optional text that may also be left out of a JSON file (the CLI's, an import's): null then. */
const optional = (max: number) => optionalText(max).default(null);

/** A visit planned (O1.1.2): it may lie ahead; completing it makes a visit record. */
export const visitPlanFields = {
  kind: z.literal('visit_plan'),
  ...when,
  place: optional(100),
  agenda: requiredText(1000),
  objectives: optional(1000),
  /** Materials to bring. */
  materials: optional(500),
};

/** A visit that took place (O1.2.2). `review`: the portfolio was reviewed with the client. */
export const visitFields = {
  kind: z.literal('visit'),
  ...when,
  place: optional(100),
  attendees: optional(200),
  discussed: requiredText(2000),
  /** The client's needs as heard. */
  needs: optional(1000),
  review: z.boolean().default(false),
};

/** A contact by DM, email, SMS, phone, LINE or letter (O2.2.2). */
export const contactFields = {
  kind: z.literal('contact'),
  ...when,
  channel: z.enum(CONTACT_CHANNELS, { message: 'validation.contactChannel' }),
  direction: z.enum(CONTACT_DIRECTIONS, { message: 'validation.contactDirection' }),
  subject: requiredText(100),
  /** Materials given or sent. */
  materials: optional(500),
  outcome: optional(1000),
};

/** A client interview with a satisfaction score (O2.3.1). */
export const interviewFields = {
  kind: z.literal('interview'),
  ...when,
  satisfaction: z
    .number({ message: 'validation.satisfaction' })
    .int({ message: 'validation.satisfaction' })
    .min(1, { message: 'validation.satisfaction' })
    .max(5, { message: 'validation.satisfaction' }),
  comments: optional(2000),
  review: z.boolean().default(false),
};

export const activityInputSchema = z.discriminatedUnion(
  'kind',
  [z.object(visitPlanFields), z.object(visitFields), z.object(contactFields), z.object(interviewFields)],
  { message: 'validation.activityKind' },
);
export type ActivityInput = z.input<typeof activityInputSchema>;
export type ActivityData = z.output<typeof activityInputSchema>;
export type VisitRecordData = Extract<ActivityData, { kind: 'visit' }>;

/** A follow-up task (待辦追蹤), on its own or arising from a visit, contact or interview. */
export const followUpInputSchema = z.object({
  title: requiredText(200),
  dueOn: isoDateSchema,
});
export type FollowUpInput = z.input<typeof followUpInputSchema>;
export type FollowUpData = z.output<typeof followUpInputSchema>;

const stored = {
  id: z.string(),
  clientId: clientIdSchema,
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const activitySchema = z.discriminatedUnion('kind', [
  z.object({ ...visitPlanFields, ...stored, completedBy: z.string().nullable() }),
  z.object({ ...visitFields, ...stored, planId: z.string().nullable() }),
  z.object({ ...contactFields, ...stored }),
  z.object({ ...interviewFields, ...stored }),
]);
export type Activity = z.infer<typeof activitySchema>;

export const followUpSchema = z.object({
  ...followUpInputSchema.shape,
  ...stored,
  activityId: z.string().nullable(),
  /** The day it was marked done (firm's time zone), or null while open. */
  doneOn: z.string().nullable(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const timelineSchema = z.object({
  /** Newest first: by date, then time, then when it was entered. */
  activities: z.array(activitySchema),
  /** Open ones by due date, then done ones newest first. */
  followUps: z.array(followUpSchema),
});
export type Timeline = z.infer<typeof timelineSchema>;

/** Records (visits, contacts, interviews) tell what happened: never a day after today. */
export function isRecordKind(kind: ActivityData['kind']): boolean {
  return kind !== 'visit_plan';
}

export interface ActivityIssue {
  path: (string | number)[];
  message: string;
}

/** Rules beyond the schema that need the clock: a record dated in the future is refused. */
export function activityIssues(activity: ActivityData, context: { today: string }): ActivityIssue[] {
  if (isRecordKind(activity.kind) && activity.date > context.today) {
    return [{ path: ['date'], message: 'validation.activityFuture' }];
  }
  return [];
}

/**
 * What the service plans count (docs/ARCHITECTURE.md, activities): a **contact** is any visit
 * record, contact record (either direction, any channel) or interview; a **portfolio review** is a
 * visit record or interview marked `review`. Plans and follow-ups count as neither.
 */
export function countsAsContact(kind: ActivityData['kind']): boolean {
  return isRecordKind(kind);
}

export function countsAsReview(activity: ActivityData): boolean {
  return (activity.kind === 'visit' || activity.kind === 'interview') && activity.review;
}
