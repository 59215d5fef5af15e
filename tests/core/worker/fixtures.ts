import { join } from 'node:path';
import type { ClientData } from '../../../shared/features/clients/schema';
import { clientData } from '../db/fixtures';
import type { Result } from '../../../shared/ipc/result';

export const PASSPHRASE = 'a long enough passphrase';
export const CANARY_NAME = '歐陽金絲雀';
export const TEST_WORKER = join(import.meta.dirname, 'test-core-worker.ts');

/** A client as the create channel takes it, with the canary name the tests look for on disk. */
export const newClient = (overrides: Partial<ClientData> = {}): ClientData =>
  clientData({ name: CANARY_NAME, ...overrides });

export function value<T = unknown>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
