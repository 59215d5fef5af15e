import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createCore, type Core } from '../../../../electron/core/app';
import type { ClientInput } from '../../../../shared/features/clients/schema';
import type { Result } from '../../../../shared/ipc/result';
import { uniqueNationalId } from '../../db/fixtures';

export const PASSPHRASE = 'backup test passphrase';
export const CANARY = '備份金絲雀';

export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function client(name: string): ClientInput {
  return {
    name,
    nationalId: uniqueNationalId(),
    birthDate: '1965-03-02',
    gender: 'F',
    phone: '0912-555-666',
    email: null,
    address: null,
    occupation: null,
    employer: null,
    annualIncomeTwd: 3_000_000,
    investableAssets: [{ currency: 'TWD', amount: 12_000_000 }],
    sourceOfWealth: null,
    acquisitionSource: 'referral',
    status: 'active',
    advisor: null,
    tags: [],
    notes: null,
    household: [],
  };
}

/** A core over `dataDir` with a clock the test moves. */
export function coreAt(dataDir: string, clock: { now: number }): Core {
  return createCore({ dataDir, now: () => clock.now, checkOutputs: true, logError: () => undefined });
}

/** A new vault with two clients; answers the core (unlocked) and the recovery code. */
export async function vaultWithClients(dataDir: string, clock: { now: number }) {
  const core = coreAt(dataDir, clock);
  const { recoveryCode } = value(await core.invoke('vault.setup', { passphrase: PASSPHRASE })) as {
    recoveryCode: string;
  };
  value(await core.invoke('clients.create', { data: client(CANARY) }));
  value(await core.invoke('clients.create', { data: client('林小美') }));
  return { core, recoveryCode };
}

/** Names of the clients in an unlocked core, sorted. */
export async function clientNames(core: Core): Promise<string[]> {
  const page = value(await core.invoke('clients.list', {})) as { items: { name: string }[] };
  return page.items.map((c) => c.name).sort();
}

/** Every file under a folder with its SHA-256: a snapshot to prove nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isFile()) out[name] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}
