import type { zhTW } from './zh-TW';

/** The same keys in English: the type makes every zh-TW key required here. */
export const en: Record<keyof typeof zhTW, string> = {
  'nav.compliance': 'Compliance',

  'audit.tab': 'Audit trail',
  'audit.intro':
    'The audit trail records who created, changed, revealed, printed or exported client data, and when, as well as unlocks, locks and settings changes (never the data itself).',
  'audit.at': 'Time',
  'audit.action': 'Action',
  'audit.entity': 'Object',
  'audit.client': 'Client',
  'audit.actor': 'By',
  'audit.filterDays': 'Dates',
  'audit.filterAction': 'All actions',
  'audit.filterClient': 'All clients',
  'audit.clearFilters': 'Clear filters',
  'audit.export': 'Export CSV',
  'audit.exported': 'Exported audit entries: {{count}}',
  'audit.fileName': 'audit-trail',
  'audit.detail': 'Detail',
};
