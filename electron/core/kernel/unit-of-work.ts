import type { Database } from '../db';

/**
 * Runs `work` atomically: inside the caller's transaction when there is one (the router opens one
 * per channel call), or in a transaction of its own for direct callers (benchmarks, tests).
 * Never a nested transaction.
 */
export function atomically<T>(db: Database, work: () => T): T {
  return db.inTransaction ? work() : db.transaction(work)();
}
