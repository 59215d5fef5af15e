import type { Migration } from './migration';

/**
 * The search index over name, national ID and phone digits, filled for the clients already on file.
 * Self-contained: the backfill uses SQL functions defined here as the index was defined then, not
 * today's repository code.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'search index over name, national ID and phone',
  up(db) {
    db.exec(`
      -- Contentless: the index holds no second copy of the text, only what search needs.
      CREATE VIRTUAL TABLE client_search USING fts5 (
        name, national_id, phone_digits,
        tokenize = 'trigram', content = '', contentless_delete = 1
      );
      -- Names with a space between characters: each character a token, for 1-2 character search.
      CREATE VIRTUAL TABLE client_name_chars USING fts5 (
        name, tokenize = 'unicode61', content = '', contentless_delete = 1
      );
    `);
    db.function('m0002_digits', { deterministic: true }, (phone: unknown) =>
      typeof phone === 'string' ? phone.replace(/\D/g, '') : '',
    );
    db.function('m0002_spaced', { deterministic: true }, (name: unknown) =>
      [...String(name).toLowerCase()].filter((char) => !/\s/.test(char)).join(' '),
    );
    db.exec(`
      INSERT INTO client_search (rowid, name, national_id, phone_digits)
        SELECT num, name, national_id, m0002_digits(phone) FROM clients;
      INSERT INTO client_name_chars (rowid, name) SELECT num, m0002_spaced(name) FROM clients;
    `);
  },
};
