import type { Language } from '../../../../shared/i18n/messages';
import type { PersonalDataSource, PersonalDataWords } from '../../kernel/personal-data';
import type { ReportsService } from './service';

export const BOOK_SNAPSHOT_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': { title: '經營報表資產紀錄', file: '經營報表資產紀錄', header: ['日期', '資產（新臺幣）'] },
  en: {
    title: 'Assets recorded by book reports',
    file: 'book-report-assets',
    header: ['Date', 'Assets (TWD)'],
  },
};

/** The client's assets on each day a relationship report of the book was exported. */
export function bookSnapshotsPersonalData(reports: ReportsService): PersonalDataSource {
  return {
    key: 'bookSnapshots',
    words: BOOK_SNAPSHOT_DATA_WORDS,
    read({ clientId, formats: f }) {
      const snapshots = reports.snapshotsOf(clientId);
      return { rows: snapshots.map((s) => [f.date(s.day), f.twd(s.assetsTwd)]), value: snapshots };
    },
  };
}
