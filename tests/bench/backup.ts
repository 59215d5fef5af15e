import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core/app';
import { ClientsRepository } from '../../electron/core/features/clients';
import { generateDemoClients } from '../../electron/core/features/demo/demo-clients';
import type { BenchRow } from './types';

const CLIENTS = 100_000;
const PASSPHRASE = 'bench backup passphrase';

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/**
 * Issue 10's backup targets: a backup of a 100,000-client vault in <= 10 s and its verify (scrypt
 * unwrap, checksums, extraction, integrity check) in <= 5 s. The vault is filled through the real
 * schema in one transaction.
 */
export async function benchBackup(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'advisordesk-bench-backup-'));
  const core = createCore({ dataDir: join(dir, 'vault'), checkOutputs: false, logError: () => undefined });
  try {
    const setup = await core.invoke('vault.setup', { passphrase: PASSPHRASE });
    if (!setup.ok) throw new Error(setup.error.message);
    const now = new Date().toISOString();
    const rows = generateDemoClients(CLIENTS, 11).map((data) => ({ id: randomUUID(), data }));
    new ClientsRepository(core.session.database()).insertMany(rows, now);
    const folder = join(dir, 'usb');
    mkdirSync(folder);

    let start = performance.now();
    const made = await core.backup.make('manual', folder);
    const backupMs = performance.now() - start;
    start = performance.now();
    await core.backup.verify(made.file, { passphrase: PASSPHRASE });
    const verifyMs = performance.now() - start;
    const size = `${(statSync(made.file).size / 1024 / 1024).toFixed(0)} MiB`;
    return [
      {
        section: 'backup',
        metric: `create, ${CLIENTS.toLocaleString('en-US')} clients (${size})`,
        value: seconds(backupMs),
        target: '<= 10 s',
        pass: backupMs <= 10_000,
      },
      {
        section: 'backup',
        metric: `verify, ${CLIENTS.toLocaleString('en-US')} clients`,
        value: seconds(verifyMs),
        target: '<= 5 s',
        pass: verifyMs <= 5_000,
      },
    ];
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
