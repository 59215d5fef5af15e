/**
 * What the audit trail records: who created, changed, revealed, printed or exported client data,
 * and vault events. A closed list, so a typo in the core fails to compile and every action has
 * words on the compliance screen.
 */
export const AUDIT_ACTIONS = [
  'vault.setup',
  'vault.recover',
  'vault.change_passphrase',
  'client.create',
  'client.update',
  'client.reveal_national_id',
  'client.import',
  'client.export',
  'client.print',
  'client.seed_demo',
  'settings.update',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
