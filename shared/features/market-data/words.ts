import type { AuditWords } from '../../ipc/define';

/** What a series measures; the kind sets how its freshness and its period figures are read. */
export const SERIES_KINDS = ['index', 'fx', 'rate', 'nav', 'commodity'] as const;
export type SeriesKind = (typeof SERIES_KINDS)[number];

export const SERIES_KIND_WORDS: Readonly<Record<SeriesKind, AuditWords & { aliases?: string[] }>> = {
  index: { 'zh-TW': '指數', en: 'Index', aliases: ['股價指數'] },
  fx: { 'zh-TW': '匯率', en: 'FX rate', aliases: ['外匯'] },
  rate: { 'zh-TW': '利率', en: 'Interest rate', aliases: ['殖利率'] },
  nav: { 'zh-TW': '基金淨值', en: 'Fund NAV', aliases: ['淨值'] },
  commodity: { 'zh-TW': '商品原物料', en: 'Commodity', aliases: ['原物料', '商品'] },
};

export const FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const FREQUENCY_WORDS: Readonly<Record<Frequency, AuditWords & { aliases?: string[] }>> = {
  daily: { 'zh-TW': '日', en: 'Daily', aliases: ['每日'] },
  weekly: { 'zh-TW': '週', en: 'Weekly', aliases: ['每週'] },
  monthly: { 'zh-TW': '月', en: 'Monthly', aliases: ['每月'] },
};

/** A series' data as of today: fresh, stale (older than the setting for its kind) or without points. */
export const FRESHNESS_STATES = ['fresh', 'stale', 'empty'] as const;
export type FreshnessState = (typeof FRESHNESS_STATES)[number];

export const FRESHNESS_WORDS: Readonly<Record<FreshnessState, AuditWords>> = {
  fresh: { 'zh-TW': '最新', en: 'Up to date' },
  stale: { 'zh-TW': '過期', en: 'Stale' },
  empty: { 'zh-TW': '無資料', en: 'No data' },
};

/** Shown beside every series shipped as sample data, on screens and in documents. */
export const SAMPLE_DATA_WORDS: AuditWords = { 'zh-TW': '範例資料', en: 'Sample data' };

/** How a file's encoding is chosen: detected (UTF-8 when valid, else Big5) or named by the user. */
export const IMPORT_ENCODINGS = ['auto', 'utf-8', 'big5'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

export const IMPORT_ENCODING_WORDS: Readonly<Record<ImportEncoding, AuditWords>> = {
  auto: { 'zh-TW': '自動判斷', en: 'Detect' },
  'utf-8': { 'zh-TW': 'UTF-8', en: 'UTF-8' },
  big5: { 'zh-TW': 'Big5（繁體中文）', en: 'Big5 (Traditional Chinese)' },
};

/** The two file layouts an import reads, told apart by the header. */
export const IMPORT_LAYOUTS = ['long', 'wide'] as const;
export type ImportLayout = (typeof IMPORT_LAYOUTS)[number];

export const IMPORT_LAYOUT_WORDS: Readonly<Record<ImportLayout, AuditWords>> = {
  long: { 'zh-TW': '長表（序列、日期、數值）', en: 'Long (series, date, value)' },
  wide: { 'zh-TW': '寬表（日期＋每序列一欄）', en: 'Wide (date + one column per series)' },
};
