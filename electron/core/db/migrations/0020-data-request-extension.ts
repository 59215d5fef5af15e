import type { Migration } from './migration';

/**
 * A personal-data request's one extension (個人資料保護法 第 13 條: once, by at most the period
 * itself, the requester told why in writing): the day the requester was told, the reason, and the
 * due day before it (`due_on` becomes the extended one).
 */
export const migration0020: Migration = {
  version: 20,
  name: 'personal-data request extension',
  up(db) {
    db.exec(`
      ALTER TABLE data_requests ADD COLUMN extended_on TEXT;
      ALTER TABLE data_requests ADD COLUMN extension_reason TEXT;
      ALTER TABLE data_requests ADD COLUMN due_before_extension TEXT;
    `);
  },
};
