import type { AuditWords } from '../../ipc/define';
import type { Activity, ActivityData } from './schema';
import {
  ACTIVITY_FIELD_WORDS,
  CONTACT_CHANNEL_WORDS,
  CONTACT_DIRECTION_WORDS,
  SATISFACTION_WORDS,
} from './words';

type Language = keyof AuditWords;

/** An activity's one-line headline in a language: the agenda, what was discussed, the subject, the score. */
export function activityHeadline(activity: ActivityData | Activity, language: Language): string {
  switch (activity.kind) {
    case 'visit_plan':
      return activity.agenda;
    case 'visit':
      return activity.discussed;
    case 'contact':
      return `${CONTACT_CHANNEL_WORDS[activity.channel][language]}・${CONTACT_DIRECTION_WORDS[activity.direction][language]}：${activity.subject}`;
    case 'interview':
      return `${ACTIVITY_FIELD_WORDS.satisfaction[language]} ${SATISFACTION_WORDS[activity.satisfaction]?.[language] ?? activity.satisfaction}`;
  }
}

/** The activity's other fields, label and value, in the order the dialogs ask them (empty ones left out). */
export function activityDetails(
  activity: ActivityData | Activity,
  language: Language,
): { label: string; value: string }[] {
  const yes = language === 'zh-TW' ? '是' : 'Yes';
  const fields: [keyof typeof ACTIVITY_FIELD_WORDS, string | null][] = (() => {
    switch (activity.kind) {
      case 'visit_plan':
        return [
          ['place', activity.place],
          ['objectives', activity.objectives],
          ['materials', activity.materials],
        ];
      case 'visit':
        return [
          ['place', activity.place],
          ['attendees', activity.attendees],
          ['needs', activity.needs],
          ['review', activity.review ? yes : null],
        ];
      case 'contact':
        return [
          ['materials', activity.materials],
          ['outcome', activity.outcome],
        ];
      case 'interview':
        return [
          ['comments', activity.comments],
          ['review', activity.review ? yes : null],
        ];
    }
  })();
  return fields.flatMap(([key, value]) =>
    value === null ? [] : [{ label: ACTIVITY_FIELD_WORDS[key][language], value }],
  );
}
