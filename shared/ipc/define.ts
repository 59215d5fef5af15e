import type { z } from 'zod';

/**
 * How a feature declares its part of the IPC contract: each channel with its input and output
 * schema, whether it needs the vault open, and the audit entry the router writes for it (in the
 * same transaction as the change). Features merge their parts in shared/ipc/contract.ts.
 */

/** What an audit entry names: a kind of record, never its content. */
export const AUDIT_ENTITIES = [
  'vault',
  'client',
  'settings',
  'audit',
  'product',
  'questionnaire',
  'assumptions',
  'market_data',
  'briefing',
  'regulatory_update',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** The words for an audit action on the compliance screen and in the audit CSV. */
export interface AuditWords {
  'zh-TW': string;
  en: string;
}

/** The words for what an audit entry names, on the compliance screen and in the audit CSV. */
export const AUDIT_ENTITY_WORDS: Readonly<Record<AuditEntity, AuditWords>> = {
  vault: { 'zh-TW': '資料庫', en: 'Vault' },
  client: { 'zh-TW': '客戶', en: 'Client' },
  settings: { 'zh-TW': '設定', en: 'Settings' },
  audit: { 'zh-TW': '稽核軌跡', en: 'Audit trail' },
  product: { 'zh-TW': '商品', en: 'Product' },
  questionnaire: { 'zh-TW': '風險問卷', en: 'Risk questionnaire' },
  assumptions: { 'zh-TW': '資本市場假設', en: 'Capital-market assumptions' },
  market_data: { 'zh-TW': '市場資料', en: 'Market data' },
  briefing: { 'zh-TW': '簡報', en: 'Briefing deck' },
  regulatory_update: { 'zh-TW': '法規動態', en: 'Regulatory update' },
};

/** An entity in words; one from a newer version shows as its code. */
export function auditEntityWords(entity: string, language: keyof AuditWords): string {
  return Object.hasOwn(AUDIT_ENTITY_WORDS, entity)
    ? AUDIT_ENTITY_WORDS[entity as AuditEntity][language]
    : entity;
}

export interface ChannelAudit<I, O> {
  /** A dotted name, unique across the app (checked by a test); `entity.verb`. */
  action: string;
  entity: AuditEntity;
  words: AuditWords;
  /** When present, the entry is written only for calls it answers true for (a read that reveals). */
  only?(input: I, output: O): boolean;
  /** The record the entry names (its internal ID), from the validated input and the output. */
  entityId?(input: I, output: O): string | null;
  /** Field names and counts only: never client data. */
  detail?(input: I, output: O): string | null;
  /**
   * The words for a detail this channel writes, for the compliance screen and the audit CSV; null
   * for text it does not know (an older version's), which is then read by the shared phrases.
   * Counts and the shared phrases (shared/features/audit/detail-words.ts) need none.
   */
  detailWords?(detail: string, language: keyof AuditWords): string | null;
}

/** Between the parts of a detail in words ('12 筆，CSV 檔'). */
export const PART_SEPARATOR: Readonly<Record<keyof AuditWords, string>> = { 'zh-TW': '，', en: ', ' };

/** A count of rows as the contracts write it ('12 rows') in words, or null for other text. */
export function rowCountWords(part: string, language: keyof AuditWords): string | null {
  const rows = /^(\d+) rows?$/.exec(part);
  if (!rows) return null;
  return language === 'zh-TW' ? `${rows[1]} 筆` : `${rows[1]} rows`;
}

/** A code's words from its one words table, or null when the table has no such code. */
export function codeWords(
  table: Readonly<Record<string, AuditWords>>,
  code: string | undefined,
  language: keyof AuditWords,
): string | null {
  return code !== undefined && Object.hasOwn(table, code) ? table[code]![language] : null;
}

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  needsUnlock: boolean;
  /** Written by the router after the handler succeeds; null for channels that change and disclose nothing. */
  audit: ChannelAudit<z.output<I>, z.output<O>> | null;
}

/** Declares one channel, keeping its schemas' types for the handler and the audit callbacks. */
export function channel<I extends z.ZodType, O extends z.ZodType>(
  spec: ChannelSpec<I, O>,
): ChannelSpec<I, O> {
  return spec;
}

/**
 * An audit action the core writes without a channel (a failed unlock, an automatic lock): declared
 * by the feature that owns the event, with its words, like a channel's.
 */
export interface AuditEvent {
  action: string;
  entity: AuditEntity;
  words: AuditWords;
}

/** True when two types are the same both ways (a compile-time check of two lists). */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * A feature's contract part: exactly the channels its bare name list declares (the preload needs
 * the names without zod), no more and no fewer, checked at compile time.
 */
export function contractPart<
  const Names extends readonly string[],
  const Part extends Record<string, ChannelSpec>,
>(
  _names: Names,
  part: Part & Record<Names[number], ChannelSpec>,
  ..._check: Same<keyof Part, Names[number]> extends true
    ? []
    : [error: 'the names list and the channels differ']
): Part {
  return part;
}

/** The first name that appears twice in a tuple of names, or never. */
export type DuplicateName<T extends readonly string[], Seen = never> = T extends readonly [
  infer Head extends string,
  ...infer Rest extends readonly string[],
]
  ? Head extends Seen
    ? Head
    : DuplicateName<Rest, Seen | Head>
  : never;
