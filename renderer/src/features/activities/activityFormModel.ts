import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import {
  activityInputSchema,
  activityIssues,
  followUpInputSchema,
  type Activity,
  type ActivityData,
  type ActivityKind,
  type ContactChannel,
  type ContactDirection,
  type FollowUpData,
} from '../../../../shared/features/activities';
import type { IssueLike } from '../../lib/fieldErrors';

/** Everything any kind's dialog asks; each kind reads its own fields. */
export interface ActivityFormValues {
  date: Dayjs | null;
  time: string;
  place: string;
  agenda: string;
  objectives: string;
  materials: string;
  attendees: string;
  discussed: string;
  needs: string;
  review: boolean;
  channel: ContactChannel;
  direction: ContactDirection;
  subject: string;
  outcome: string;
  satisfaction: number | null;
  comments: string;
  followUps: { title: string; dueOn: Dayjs | null }[];
}

export function emptyActivityValues(today: string): ActivityFormValues {
  return {
    date: dayjs(today),
    time: '',
    place: '',
    agenda: '',
    objectives: '',
    materials: '',
    attendees: '',
    discussed: '',
    needs: '',
    review: false,
    channel: 'phone',
    direction: 'out',
    subject: '',
    outcome: '',
    satisfaction: null,
    comments: '',
    followUps: [],
  };
}

/** A plan's visit record starts from the plan: its day, time, place and agenda. */
export function valuesFromPlan(
  plan: Extract<Activity, { kind: 'visit_plan' }>,
  today: string,
): ActivityFormValues {
  return {
    ...emptyActivityValues(plan.date <= today ? plan.date : today),
    time: plan.time ?? '',
    place: plan.place ?? '',
    discussed: plan.agenda,
  };
}

const dayOf = (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : '');
const timeOf = (value: string) => (value.trim() === '' ? null : value.trim());

/** The channel input of a kind from the form (blank optional text becomes null in the schema). */
export function activityInputOf(kind: ActivityKind, v: ActivityFormValues): unknown {
  const when = { date: dayOf(v.date), time: timeOf(v.time) };
  switch (kind) {
    case 'visit_plan':
      return {
        kind,
        ...when,
        place: v.place,
        agenda: v.agenda,
        objectives: v.objectives,
        materials: v.materials,
      };
    case 'visit':
      return {
        kind,
        ...when,
        place: v.place,
        attendees: v.attendees,
        discussed: v.discussed,
        needs: v.needs,
        review: v.review,
      };
    case 'contact':
      return {
        kind,
        ...when,
        channel: v.channel,
        direction: v.direction,
        subject: v.subject,
        materials: v.materials,
        outcome: v.outcome,
      };
    case 'interview':
      return { kind, ...when, satisfaction: v.satisfaction, comments: v.comments, review: v.review };
  }
}

export type CheckedActivity =
  { ok: true; activity: ActivityData; followUps: FollowUpData[] } | { ok: false; issues: IssueLike[] };

/** The shared schema's and the clock's rules, as the core applies them, with paths on the form. */
export function checkActivity(
  kind: ActivityKind,
  values: ActivityFormValues,
  today: string,
): CheckedActivity {
  const issues: IssueLike[] = [];
  const parsed = activityInputSchema.safeParse(activityInputOf(kind, values));
  if (parsed.success) issues.push(...activityIssues(parsed.data, { today }));
  else issues.push(...parsed.error.issues.map((i) => ({ path: i.path, message: i.message })));
  const followUps: FollowUpData[] = [];
  values.followUps.forEach((row, index) => {
    const one = followUpInputSchema.safeParse({ title: row.title ?? '', dueOn: dayOf(row.dueOn ?? null) });
    if (one.success) followUps.push(one.data);
    else
      issues.push(
        ...one.error.issues.map((i) => ({ path: ['followUps', index, ...i.path], message: i.message })),
      );
  });
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, activity: parsed.data, followUps };
}

/** A core issue's path on the form: `activity.subject` and `record.date` sit at the form's top. */
export function formPath(path: readonly PropertyKey[]): PropertyKey[] {
  return path[0] === 'activity' || path[0] === 'record' ? path.slice(1) : [...path];
}
