import { dateSettingsOf, type Settings } from '../../../shared/features/settings';
import type { AuditWords } from '../../../shared/ipc/define';
import type { Language } from '../../../shared/i18n/messages';
import { formatDate, formatDay } from '../../../shared/kernel/dates';
import { formatMoney, formatTwd, type Currency } from '../../../shared/kernel/money';

/**
 * Personal-data sources: how a personal-data request (複製本, 查閱) reaches everything the firm
 * holds on one client without the compliance feature knowing any other feature's records. Each
 * feature that keeps a client's personal data provides one source (or a few), app.ts lists them
 * in one place beside the client-deletion erasers, and the compliance feature turns the sections
 * into a PDF, one JSON and a CSV per section. It sits in the kernel because every feature
 * implements it and compliance consumes it: neither side may import the other.
 */

/** Money and dates in the request's language and the firm's settings: the core's useFormats. */
export interface TextFormats {
  language: Language;
  /** A calendar date (YYYY-MM-DD), compact: 115/11/30 or 2026-11-30. */
  date(isoDate: string | null): string;
  /** An instant's calendar day in the firm's time zone, compact. */
  day(instant: string | null): string;
  twd(amount: number | null): string;
  money(amount: number, currency: Currency): string;
  /** A quantity with thousands separators, as many decimals as it has (up to 6). */
  number(value: number): string;
  /** A words object's text in the request's language. */
  words(words: AuditWords): string;
}

/** Shown for a value the record does not have. */
export const NO_VALUE = '—';

export function textFormatsOf(settings: Settings, language: Language): TextFormats {
  const dates = dateSettingsOf(settings, language);
  return {
    language,
    date: (isoDate) => (isoDate === null ? NO_VALUE : formatDate(isoDate, dates, 'compact')),
    day: (instant) => (instant === null ? NO_VALUE : formatDay(instant, dates, 'compact')),
    twd: (amount) => (amount === null ? NO_VALUE : formatTwd(amount, language)),
    money: (amount, currency) => formatMoney(amount, currency, language),
    number: (value) => value.toLocaleString('en-US', { maximumFractionDigits: 6 }),
    words: (words) => words[language],
  };
}

/** What one request asks of every source. */
export interface PersonalDataRequest {
  clientId: string;
  formats: TextFormats;
  /**
   * The national ID in full (the user revealed it for this copy; the export's audit entry says
   * so); masked otherwise, as every document shows it.
   */
  fullNationalId: boolean;
}

/** A section's rows as display strings, under its header. */
export interface PersonalDataTable {
  header: string[];
  rows: string[][];
}

/** A section's words in one language: its heading, the CSV's file name (no extension) and header. */
export interface PersonalDataWords {
  title: string;
  file: string;
  header: string[];
}

export interface PersonalDataSource {
  /** The section's key in the JSON, unique among the sources (the copy-package test counts them). */
  key: string;
  /** Its words in both languages: the feature's one home for them. */
  words: Readonly<Record<Language, PersonalDataWords>>;
  /**
   * The client's records: the rows (same length as the header; none when the feature holds
   * nothing) and the JSON value (plain data: codes, ISO dates, numbers). Reads only: it runs in the
   * copy's unit of work.
   */
  read(request: PersonalDataRequest): { rows: string[][]; value: unknown };
}

/** One section as the package shows it. */
export interface PersonalDataSection {
  key: string;
  title: string;
  file: string;
  table: PersonalDataTable;
  value: unknown;
}

/** Every source's section for one client, in the list's order. */
export function personalDataSections(
  sources: readonly PersonalDataSource[],
  request: PersonalDataRequest,
): PersonalDataSection[] {
  return sources.map((source) => {
    const { title, file, header } = source.words[request.formats.language];
    const { rows, value } = source.read(request);
    return { key: source.key, title, file, table: { header, rows }, value };
  });
}
