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
  'audit.verifyChain': 'Check the audit chain',
  'audit.chainOk':
    'The audit chain is intact: none of the {{count}} entries was changed, removed or inserted',
  'audit.chainBroken':
    'The audit chain is broken: the first broken entry is no. {{id}} ({{at}}, {{action}}); it or the one before it was changed, removed or inserted',
  'audit.exportHead': 'Export the chain head',
  'audit.headExported': 'Exported the audit chain head ({{count}} entries); hand it to the compliance office',
  'audit.headFileName': 'audit-chain-head',
};
