import { AppError } from '../../../shared/ipc/result';

const FREE_ATTEMPTS = 3;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;

/**
 * Slows down guessing: after three failures in a row each further attempt waits 1 s, 2 s, 4 s …
 * up to 5 minutes. Kept in memory: a restart resets it, and scrypt still costs every guess.
 */
export class Backoff {
  private failures = 0;
  private blockedUntil = 0;

  constructor(private readonly now: () => number) {}

  retryAfter(): Date | null {
    return this.now() < this.blockedUntil ? new Date(this.blockedUntil) : null;
  }

  /** Throws VAULT_BACKOFF while attempts must wait. */
  check(): void {
    const until = this.retryAfter();
    if (until) {
      throw new AppError('VAULT_BACKOFF', 'too many failed attempts; wait before trying again', {
        retryAfter: until.toISOString(),
      });
    }
  }

  recordFailure(): void {
    this.failures += 1;
    if (this.failures < FREE_ATTEMPTS) return;
    const delay = Math.min(FIRST_DELAY_MS * 2 ** (this.failures - FREE_ATTEMPTS), MAX_DELAY_MS);
    this.blockedUntil = this.now() + delay;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.blockedUntil = 0;
  }
}
