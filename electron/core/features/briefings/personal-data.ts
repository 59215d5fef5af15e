import { DECK_KIND_WORDS } from '../../../../shared/features/briefings';
import type { Language } from '../../../../shared/i18n/messages';
import type { PersonalDataSource, PersonalDataWords } from '../../kernel/personal-data';
import type { BriefingsRepository } from './repository';

export const BRIEFINGS_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': {
    title: '客戶專屬簡報',
    file: '客戶專屬簡報',
    header: ['簡報', '類別', '版本', '投影片數', '儲存日', '已刪除'],
  },
  en: {
    title: 'Client briefing decks',
    file: 'briefing-decks',
    header: ['Deck', 'Kind', 'Version', 'Slides', 'Saved', 'Deleted'],
  },
};

/** The decks made for the client (their notes may hold what was said about them), deleted ones too. */
export function briefingsPersonalData(repository: () => BriefingsRepository): PersonalDataSource {
  return {
    key: 'briefingDecks',
    words: BRIEFINGS_DATA_WORDS,
    read({ clientId, formats: f }) {
      const decks = repository().ofClient(clientId);
      const yesNo = f.language === 'en' ? ['Yes', 'No'] : ['是', '否'];
      return {
        rows: decks.map((d) => [
          d.title,
          f.words(DECK_KIND_WORDS[d.kind]),
          String(d.version),
          String(d.slides.length),
          f.day(d.savedAt),
          d.deleted ? yesNo[0]! : yesNo[1]!,
        ]),
        value: decks,
      };
    },
  };
}
