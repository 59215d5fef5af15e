import type { AuditEntry } from '../../../../shared/features/audit';
import type { Language } from '../../../../shared/i18n/messages';
import { auditActionWords, auditEntryDetailWords } from '../../../../shared/ipc/contract';
import { auditEntityWords } from '../../../../shared/ipc/define';
import { writeCsv } from '../../io/csv/write';

const HEADERS: Record<Language, readonly string[]> = {
  'zh-TW': ['時間', '時間 (UTC)', '動作', '動作代碼', '對象', '識別碼', '客戶', '說明', '顧問', '電腦使用者'],
  en: [
    'Time',
    'Time (UTC)',
    'Action',
    'Action code',
    'Object',
    'Identifier',
    'Client',
    'Detail',
    'Advisor',
    'OS user',
  ],
};

/**
 * The trail as CSV for an auditor: the time as the screen shows it (the user's zone and date style)
 * and in UTC, actions in words and as codes, objects and details in words, the client's name when
 * still on file.
 */
export function auditCsv(
  entries: readonly AuditEntry[],
  language: Language,
  localTime: (at: string) => string,
): string {
  return writeCsv(
    HEADERS[language],
    entries.map((e) => [
      localTime(e.at),
      e.at,
      auditActionWords(e.action, language),
      e.action,
      auditEntityWords(e.entity, language),
      e.entityId ?? '',
      e.clientName ?? '',
      e.detail === null ? '' : auditEntryDetailWords(e.action, e.detail, language),
      e.actorName ?? '',
      e.actorOsUser ?? '',
    ]),
  );
}
