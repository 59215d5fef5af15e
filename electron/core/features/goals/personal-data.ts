import { GOAL_KIND_WORDS, GOAL_PRIORITY_WORDS } from '../../../../shared/features/goals';
import type { Language } from '../../../../shared/i18n/messages';
import type { PersonalDataSource, PersonalDataWords } from '../../kernel/personal-data';
import type { GoalsService } from './service';

export const GOALS_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': {
    title: '理財目標',
    file: '理財目標',
    header: ['類別', '目標', '目標日期', '金額', '優先順序'],
  },
  en: {
    title: 'Financial goals',
    file: 'goals',
    header: ['Kind', 'Goal', 'Target date', 'Amount', 'Priority'],
  },
};

/** The client's planning goals. */
export function goalsPersonalData(goals: GoalsService): PersonalDataSource {
  return {
    key: 'goals',
    words: GOALS_DATA_WORDS,
    read({ clientId, formats: f }) {
      const list = goals.listOf(clientId);
      return {
        rows: list.map((g) => [
          f.words(GOAL_KIND_WORDS[g.kind]),
          g.name,
          f.date(g.targetDate),
          f.twd(g.amountTwd),
          f.words(GOAL_PRIORITY_WORDS[g.priority]),
        ]),
        value: list,
      };
    },
  };
}
