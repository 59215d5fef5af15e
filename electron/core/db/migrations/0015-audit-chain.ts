import type { Migration } from './migration';

/**
 * The audit trail becomes a hash chain and append-only. The column is added empty: the chain's
 * key comes from the data key, which a migration does not hold, so the vault chains the older
 * entries in one transaction as it opens, before anything is appended (kernel/audit-chain.ts,
 * `sealUnchainedTrail`). The triggers refuse deleting an entry and changing one, except giving an
 * entry without a hash its hash (that sealing step, once).
 */
export const migration0015: Migration = {
  version: 15,
  name: 'audit chain',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN hash TEXT;
      CREATE TRIGGER audit_log_kept_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit entries are never deleted'); END;
      CREATE TRIGGER audit_log_kept BEFORE UPDATE ON audit_log
        WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL
          OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.action IS NOT OLD.action
          OR NEW.entity IS NOT OLD.entity OR NEW.entity_id IS NOT OLD.entity_id
          OR NEW.detail IS NOT OLD.detail OR NEW.actor_name IS NOT OLD.actor_name
          OR NEW.actor_os_user IS NOT OLD.actor_os_user
        BEGIN SELECT RAISE(ABORT, 'audit entries are never changed'); END;
    `);
  },
};
