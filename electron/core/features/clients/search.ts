import type { Database, Statement } from '../../db/open';

/**
 * The search index over client name, national ID and phone digits, kept in step with `clients`
 * by the repository inside the same transaction.
 *
 * - 3+ characters: FTS5 with the trigram tokenizer finds any substring (Chinese included).
 * - 1-2 characters: a trigram index finds nothing shorter than a trigram, and two-character
 *   names (王明) are common, so a second FTS5 table holds each name with a space between its
 *   characters: every character is a token, and a 1-2 character fragment is a phrase query.
 *   (FTS5 buffers and merges its postings, which made this ~2x faster to fill than a B-tree of
 *   1- and 2-character grams.)
 * Both tables are contentless and keyed by `clients.num`, the stable integer key.
 */

/** What a search hits: SQL that selects `num` of the matching clients, and its named parameters. */
export interface SearchHits {
  sql: string;
  params: Record<string, string>;
}

const PHONE_LIKE = /^[\d\s()+-]+$/;

export function phoneDigits(phone: string | null): string {
  return phone === null ? '' : phone.replace(/\D/g, '');
}

/** A name as the character index stores it: lower case, one token per character. */
export function spacedCharacters(name: string): string {
  return [...name.toLowerCase()].filter((char) => !/\s/.test(char)).join(' ');
}

function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** SQL for the clients matching a fragment, or null when the fragment can match nothing. */
export function searchHits(text: string): SearchHits | null {
  const fragment = text.trim().toLowerCase();
  const length = [...fragment].length;
  if (length === 0) return null;
  if (length < 3) {
    return {
      sql: 'SELECT rowid AS num FROM client_name_chars WHERE client_name_chars MATCH @match',
      params: { match: ftsPhrase(spacedCharacters(fragment)) },
    };
  }
  let match = `{name national_id} : ${ftsPhrase(fragment)}`;
  const digits = phoneDigits(fragment);
  // Phones are matched on digits only, so 0912-345 finds 0912345678 however it was typed.
  if (PHONE_LIKE.test(fragment) && digits.length >= 3) match += ` OR phone_digits : ${ftsPhrase(digits)}`;
  return {
    sql: 'SELECT rowid AS num FROM client_search WHERE client_search MATCH @match',
    params: { match },
  };
}

export interface IndexedFields {
  name: string;
  nationalId: string;
  phone: string | null;
}

export class ClientSearchIndex {
  private readonly insertText: Statement<[number, string, string, string]>;
  private readonly insertChars: Statement<[number, string]>;
  private readonly deleteText: Statement<[number]>;
  private readonly deleteChars: Statement<[number]>;
  private readonly optimizeText: Statement<[]>;
  private readonly optimizeChars: Statement<[]>;

  constructor(db: Database) {
    this.insertText = db.prepare(
      'INSERT INTO client_search (rowid, name, national_id, phone_digits) VALUES (?, ?, ?, ?)',
    );
    this.insertChars = db.prepare('INSERT INTO client_name_chars (rowid, name) VALUES (?, ?)');
    this.deleteText = db.prepare('DELETE FROM client_search WHERE rowid = ?');
    this.deleteChars = db.prepare('DELETE FROM client_name_chars WHERE rowid = ?');
    this.optimizeText = db.prepare("INSERT INTO client_search (client_search) VALUES ('optimize')");
    this.optimizeChars = db.prepare("INSERT INTO client_name_chars (client_name_chars) VALUES ('optimize')");
  }

  add(num: number, fields: IndexedFields): void {
    this.insertText.run(num, fields.name, fields.nationalId, phoneDigits(fields.phone));
    this.insertChars.run(num, spacedCharacters(fields.name));
  }

  remove(num: number): void {
    this.deleteText.run(num);
    this.deleteChars.run(num);
  }

  /**
   * Removes a deleted client's entries for good. A delete only marks them dead: FTS5 keeps the
   * terms (the name's and ID's trigrams) in its segments until they are merged, and so in every
   * backup. 'optimize' merges each index into one segment without them; it rewrites the whole
   * index, which is fine for a rare deletion but not for every edit.
   */
  erase(num: number): void {
    this.remove(num);
    this.optimizeText.run();
    this.optimizeChars.run();
  }
}
