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
  'auditAction.vault.setup': 'Vault created',
  'auditAction.vault.recover': 'Recovered with the recovery code',
  'auditAction.vault.change_passphrase': 'Passphrase changed',
  'auditAction.client.create': 'Client created',
  'auditAction.client.update': 'Client changed',
  'auditAction.client.reveal_national_id': 'Full national ID shown',
  'auditAction.client.import': 'Clients imported',
  'auditAction.client.export': 'Clients exported',
  'auditAction.client.print': 'Client dossier printed',
  'auditAction.client.seed_demo': 'Demo clients added',
  'auditAction.settings.update': 'Settings changed',
};
