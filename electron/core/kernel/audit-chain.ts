import { createHmac, createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';
import type { Database } from '../db';

/**
 * The audit trail as a hash chain. Each entry's `hash` is HMAC-SHA-256, keyed by a key derived
 * from the data key, over a canonical encoding of the entry's fields and the previous entry's
 * hash, so an entry edited, removed or slipped in without the key breaks the chain at that
 * point. The format is written down in docs/security.md ("Audit chain").
 */

/** HKDF-SHA-256 info string; a new encoding gets a new version here and in the encoding. */
export const AUDIT_CHAIN_INFO = 'advisordesk audit chain v1';
/** The "previous hash" of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditChainHead {
  count: number;
  lastId: number | null;
  /** The last entry's hash (hex), or GENESIS_HASH for an empty trail. */
  hash: string;
}

export type AuditChainVerdict =
  { ok: true; count: number } | { ok: false; count: number; firstBrokenId: number };

/** The fields an entry's hash covers, in the order they are encoded. */
export interface ChainedFields {
  id: number;
  at: string;
  action: string;
  entity: string;
  entityId: string | null;
  detail: string | null;
  actorName: string | null;
  actorOsUser: string | null;
}

/** The chain key: HKDF-SHA-256 of the data key, no salt, info AUDIT_CHAIN_INFO, 32 bytes. */
export function deriveAuditChainKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), AUDIT_CHAIN_INFO, 32));
}

/**
 * HMAC over the JSON array [1, id, at, action, entity, entityId, detail, actorName, actorOsUser,
 * previousHash]: JSON fixes the order, the quoting and null, so the encoding is unambiguous.
 */
export function entryHash(key: Buffer | KeyObject, entry: ChainedFields, previousHash: string): string {
  const encoded = JSON.stringify([
    1,
    entry.id,
    entry.at,
    entry.action,
    entry.entity,
    entry.entityId,
    entry.detail,
    entry.actorName,
    entry.actorOsUser,
    previousHash,
  ]);
  return createHmac('sha256', key).update(encoded).digest('hex');
}

/** The head the compliance office keeps: how many entries, the last one and its hash. */
export function chainHead(db: Database): AuditChainHead {
  const count = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string | null } | undefined;
  return { count, lastId: last?.id ?? null, hash: last ? (last.hash ?? '') : GENESIS_HASH };
}

type Row = [
  number,
  string,
  string,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
];

const SELECT_IN_ORDER = `SELECT id, at, action, entity, entity_id, detail, actor_name, actor_os_user, hash
  FROM audit_log ORDER BY id`;

/**
 * SQLite writes each entry's encoding without the previous hash, so only the id, that text and the
 * stored hash cross into JavaScript (row marshalling and JSON.stringify were half the check's time).
 * json_array refuses a BLOB (only a hand edit puts one in these TEXT columns) and would stop the
 * walk, so such an entry gets no text here and is checked by `entryHash`, as before.
 */
const SELECT_ENCODED_IN_ORDER = `SELECT id,
    iif('blob' IN (typeof(at), typeof(action), typeof(entity), typeof(entity_id), typeof(detail),
      typeof(actor_name), typeof(actor_os_user)), NULL,
      json_array(1, id, at, action, entity, entity_id, detail, actor_name, actor_os_user)),
    hash
  FROM audit_log ORDER BY id`;
const SELECT_ONE = `SELECT id, at, action, entity, entity_id, detail, actor_name, actor_os_user, hash
  FROM audit_log WHERE id = ?`;

/**
 * Walks the trail in id order and recomputes every hash from the stored previous one. The first
 * entry whose hash does not match is named: an edited entry, the entry after a removed one, an
 * entry slipped in, or one never chained.
 *
 * `entryHash`'s encoding (JSON.stringify) stays the definition. The bundled SQLite's json_array
 * gives the same bytes (for every character, control characters, quotes, U+2028 and NUL included);
 * should a build escape anything another way, the entry is checked again with `entryHash` before
 * it is called broken. Accepting a match
 * under SQLite's encoding is sound: that text is a valid JSON encoding of exactly the stored
 * fields, and only the key holder can make an HMAC over it, so the content is proved the same.
 */
export function verifyAuditChain(db: Database, chainKey: Buffer): AuditChainVerdict {
  // Imported once: an HMAC keyed by a KeyObject skips importing the key for each of a million entries.
  const key = createSecretKey(chainKey);
  const rows = db.prepare(SELECT_ENCODED_IN_ORDER).raw().iterate() as IterableIterator<
    [number, string | null, string | null]
  >;
  const one = db.prepare<[number]>(SELECT_ONE).raw();
  let previous = GENESIS_HASH;
  let count = 0;
  for (const [id, sqliteEncoding, hash] of rows) {
    count += 1;
    if (!entryMatches(key, sqliteEncoding, () => fieldsOf(one.get(id) as Row), previous, hash)) {
      rows.return?.();
      const total = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
      return { ok: false, count: total, firstBrokenId: id };
    }
    previous = hash as string;
  }
  return { ok: true, count };
}

/**
 * Whether `hash` is the entry's HMAC: over SQLite's encoding (json_array without the previous
 * hash, null when it has none), else over `entryHash`'s, from the fields read only then.
 */
export function entryMatches(
  key: KeyObject,
  sqliteEncoding: string | null,
  fields: () => ChainedFields,
  previous: string,
  hash: string | null,
): boolean {
  if (hash === null) return false;
  if (sqliteEncoding !== null) {
    // `previous` is always a hash that matched (hex), so it needs no escaping.
    const encoded = `${sqliteEncoding.slice(0, -1)},"${previous}"]`;
    if (createHmac('sha256', key).update(encoded).digest('hex') === hash) return true;
  }
  return entryHash(key, fields(), previous) === hash;
}

function fieldsOf([id, at, action, entity, entityId, detail, actorName, actorOsUser]: Row): ChainedFields {
  return { id, at, action, entity, entityId, detail, actorName, actorOsUser };
}

/**
 * Chains the entries written before the chain existed (the migration adds the column but cannot
 * know the key). Runs when the vault opens, after the migrations and before anything is appended,
 * in one transaction. Only a trail with no chained entry at all is sealed this way: once the chain
 * exists, an entry without a hash is one slipped in, and `verifyAuditChain` names it.
 */
export function sealUnchainedTrail(db: Database, chainKey: Buffer): number {
  return db
    .transaction(() => {
      if (db.prepare('SELECT 1 FROM audit_log WHERE hash IS NOT NULL LIMIT 1').get()) return 0;
      const rows = db.prepare(SELECT_IN_ORDER).raw().all() as Row[];
      const seal = db.prepare<[string, number]>('UPDATE audit_log SET hash = ? WHERE id = ?');
      let previous = GENESIS_HASH;
      for (const row of rows) {
        previous = entryHash(chainKey, fieldsOf(row), previous);
        seal.run(previous, row[0]);
      }
      return rows.length;
    })
    .immediate();
}

/** The first broken entry as the compliance screen and `verify` name it. */
export interface BrokenAuditEntry {
  id: number;
  at: string;
  action: string;
}

export type AuditChainCheck =
  | { ok: true; count: number }
  | { ok: false; count: number; firstBrokenId: number; firstBroken: BrokenAuditEntry };

/** The chain for the other features (dashboard, backups): its head and its check, over the open vault. */
export interface AuditChainService {
  head(): AuditChainHead;
  verify(): AuditChainCheck;
}

export function createAuditChainService(database: () => Database, chainKey: () => Buffer): AuditChainService {
  return {
    head: () => chainHead(database()),
    verify: () => {
      const db = database();
      const verdict = verifyAuditChain(db, chainKey());
      if (verdict.ok) return verdict;
      const firstBroken = db
        .prepare('SELECT id, at, action FROM audit_log WHERE id = ?')
        .get(verdict.firstBrokenId) as BrokenAuditEntry;
      return { ...verdict, firstBroken };
    },
  };
}
