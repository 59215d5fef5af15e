import type { Database, Statement } from './open';

/**
 * The search index over client name, national ID and phone digits, kept in step with `clients`
 * by the repository inside the same transaction.
 *
 * - 3+ characters: FTS5 with the trigram tokenizer finds any substring (Chinese included).
 * - 1-2 characters: MATCH finds nothing below a trigram, and two-character names (王明) are
 *   common, so every 1- and 2-character gram of each name sits in an indexed table.
 * Both tables point at `clients.num`, the stable integer key.
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

/** The distinct 1- and 2-character grams of a name, lower-cased, none containing a space. */
export function nameGrams(name: string): string[] {
  const chars = [...name.toLowerCase()];
  const grams = new Set<string>();
  chars.forEach((char, i) => {
    grams.add(char);
    const next = chars[i + 1];
    if (next !== undefined) grams.add(char + next);
  });
  return [...grams].filter((gram) => !/\s/.test(gram));
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
    return { sql: 'SELECT num FROM client_name_grams WHERE gram = @gram', params: { gram: fragment } };
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
  private readonly insertGram: Statement<[string, number]>;
  private readonly deleteText: Statement<[number]>;
  private readonly deleteGrams: Statement<[number]>;

  constructor(db: Database) {
    this.insertText = db.prepare(
      'INSERT INTO client_search (rowid, name, national_id, phone_digits) VALUES (?, ?, ?, ?)',
    );
    this.insertGram = db.prepare('INSERT OR IGNORE INTO client_name_grams (gram, num) VALUES (?, ?)');
    this.deleteText = db.prepare('DELETE FROM client_search WHERE rowid = ?');
    this.deleteGrams = db.prepare('DELETE FROM client_name_grams WHERE num = ?');
  }

  add(num: number, fields: IndexedFields): void {
    this.insertText.run(num, fields.name, fields.nationalId, phoneDigits(fields.phone));
    for (const gram of nameGrams(fields.name)) this.insertGram.run(gram, num);
  }

  remove(num: number): void {
    this.deleteText.run(num);
    this.deleteGrams.run(num);
  }
}
