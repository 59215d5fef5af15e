import type { Migration } from './migration';

/** The audit trail names who acted (advisor name and OS user) and is filtered by time and record. */
export const migration0004: Migration = {
  version: 4,
  name: 'audit actor and filters',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN actor_name TEXT;
      ALTER TABLE audit_log ADD COLUMN actor_os_user TEXT;
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
    `);
  },
};
