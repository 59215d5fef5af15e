import type { ErrorInfo } from '../../../shared/ipc/result';
import { CLIENT_DELETED_PROBLEM } from '../../../shared/features/clients';
import { errorMessages, type Language } from '../../../shared/i18n/messages';

/** Seconds until a VAULT_BACKOFF may be retried: details.retryAfter is seconds or an ISO time. */
export function retryAfterSeconds(details: unknown, now: number): number | null {
  if (typeof details !== 'object' || details === null || !('retryAfter' in details)) return null;
  const value = details.retryAfter;
  if (typeof value === 'number' && Number.isFinite(value)) return Math.max(1, Math.ceil(value));
  if (typeof value === 'string') {
    const at = Date.parse(value);
    if (!Number.isNaN(at)) return Math.max(1, Math.ceil((at - now) / 1000));
  }
  return null;
}

/**
 * The sentence a user sees for an error code, in their language. The core's English message is
 * never shown raw: it is written for logs.
 */
export function errorText(
  error: ErrorInfo,
  language: Language,
  backoffTemplate: (seconds: number) => string,
  now = Date.now(),
): string {
  if (error.code === 'VAULT_BACKOFF') {
    const seconds = retryAfterSeconds(error.details, now);
    if (seconds !== null) return backoffTemplate(seconds);
  }
  if (error.code === 'NOT_FOUND' && isClientDeleted(error.details)) return CLIENT_DELETED_PROBLEM[language];
  return errorMessages[language][error.code];
}

/** A write refused because the client was deleted (ClientsService.requireLive). */
function isClientDeleted(details: unknown): boolean {
  return (
    typeof details === 'object' &&
    details !== null &&
    'reason' in details &&
    details.reason === 'client_deleted'
  );
}
