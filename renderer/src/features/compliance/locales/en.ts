import type { zhTW } from './zh-TW';

/** The same keys in English: the type makes every zh-TW key required here. */
export const en: Record<keyof typeof zhTW, string> = {
  'nav.compliance': 'Compliance',

  'audit.intro':
    'The audit trail records who created, changed, revealed, printed or exported client data, and when (never the data itself).',
  'audit.at': 'Time',
  'audit.action': 'Action',
  'audit.entity': 'Object',
  'audit.entityId': 'Identifier',
  'audit.detail': 'Detail',
};
