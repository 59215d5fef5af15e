/**
 * The Result envelope every channel answers with. Electron's ipcMain.handle() keeps only an
 * Error's message across the process boundary, so errors travel as data, never as throws.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'VAULT_NOT_INITIALIZED',
  'VAULT_ALREADY_INITIALIZED',
  'VAULT_BAD_PASSPHRASE',
  'VAULT_BAD_RECOVERY_CODE',
  'VAULT_BACKOFF',
  'VAULT_CORRUPT',
  'DB_TOO_NEW',
  'DB_UPGRADE_BLOCKED',
  'BACKUP_DAMAGED',
  'BACKUP_WRONG_KEY',
  'BACKUP_TOO_NEW',
  'BACKUP_TARGET_NOT_EMPTY',
  'IMPORT_INVALID',
  'REAL_CLIENTS_PRESENT',
  'UNKNOWN_CHANNEL',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  /** English, safe to show and to log: never contains client data. */
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** An error a service throws on purpose; the router turns it into `{ok:false,error}`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toInfo(): ErrorInfo {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: unknown): Result<never> {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } };
}

/** A field-level problem, as carried in `details.issues` of a VALIDATION error. */
export interface FieldIssue {
  path: (string | number)[];
  /** A message key from shared/i18n (e.g. `validation.nationalId.checksum`). */
  message: string;
}
