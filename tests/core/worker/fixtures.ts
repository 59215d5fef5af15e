import { join } from 'node:path';
import type { ClientInput } from '../../../shared/features/clients/schema';
import type { Result } from '../../../shared/ipc/result';

export const PASSPHRASE = 'a long enough passphrase';
export const CANARY_NAME = '歐陽金絲雀';
export const TEST_WORKER = join(import.meta.dirname, 'test-core-worker.ts');

export const newClient = (overrides: Partial<ClientInput> = {}): ClientInput => ({
  name: CANARY_NAME,
  nationalId: 'F131104093',
  birthDate: '1958-04-01',
  gender: 'F',
  phone: '0912-888-777',
  email: 'canary@example.tw',
  address: '臺北市大安區仁愛路四段 10 號',
  occupation: '企業主',
  employer: '金絲雀實業',
  annualIncomeTwd: 8_000_000,
  investableAssets: [{ currency: 'TWD', amount: 40_000_000 }],
  sourceOfWealth: '企業經營',
  acquisitionSource: 'referral',
  status: 'active',
  advisor: '林顧問',
  tags: ['高資產'],
  notes: '重視退休規劃',
  household: [],
  ...overrides,
});

export function value<T = unknown>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
