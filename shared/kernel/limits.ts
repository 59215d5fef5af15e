/**
 * Limits the app enforces, defined once: the code checks against these and the messages that
 * mention them interpolate them (shared/i18n/messages.ts), so the two cannot drift apart.
 */

/** Client rows one CSV import may hold. */
export const MAX_IMPORT_ROWS = 100_000;
/** Characters of CSV text one import may send (about 50 MB of ASCII). */
export const MAX_IMPORT_CSV_CHARS = 50_000_000;
/** Row errors listed in one refused import; the rest are only counted. */
export const MAX_LISTED_IMPORT_ERRORS = 500;
/** Rows one list request may ask for (client list, audit log). */
export const MAX_PAGE_SIZE = 500;
/** Rows a list request gets when it does not say. */
export const DEFAULT_PAGE_SIZE = 100;
/** Rows the audit log shows per page. */
export const AUDIT_PAGE_SIZE = 50;
/** Points one market-data file may hold (five years of 100 daily series is 130,000). */
export const MAX_MARKET_IMPORT_ROWS = 1_000_000;
