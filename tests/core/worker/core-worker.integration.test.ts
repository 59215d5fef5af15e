import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import { startCoreWorker, type CoreClient } from '../../../electron/core/worker/core-client';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';
import { CANARY_NAME, PASSPHRASE, newClient, value } from './fixtures';

/** The app's own worker entry (core-worker.ts) over a real encrypted vault, as Electron runs it. */
describe('the real core answers through the worker', () => {
  let dir: string;
  let client: CoreClient;
  const logs: string[] = [];
  const start = () =>
    startCoreWorker({ dataDir: dir, checkOutputs: true, logError: (line) => logs.push(line) });

  beforeAll(async () => {
    dir = makeTempDataDir();
    client = await start();
  });
  afterAll(async () => {
    await client.close();
    removeTempDataDir(dir);
  });

  it('sets up, unlocks, creates and lists clients, and keeps them encrypted at rest', async () => {
    value(await client.invoke('vault.setup', { passphrase: PASSPHRASE }));
    value(await client.invoke('vault.lock', {}));
    expect(await client.invoke('vault.unlock', { passphrase: 'not the passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_BAD_PASSPHRASE' },
    });
    value(await client.invoke('vault.unlock', { passphrase: PASSPHRASE }));

    const created = value<ChannelOutput<'clients.create'>>(
      await client.invoke('clients.create', { data: newClient() }),
    );
    expect(created).toMatchObject({ name: CANARY_NAME, version: 1 });
    expect(created.nationalIdMasked).toContain('****');
    value(
      await client.invoke('clients.create', {
        data: newClient({ name: '林小明' }),
      }),
    );
    const list = value<ChannelOutput<'clients.list'>>(await client.invoke('clients.list', {}));
    expect(list.total).toBe(2);
    expect(list.items.map((c) => c.name).sort()).toEqual([CANARY_NAME, '林小明'].sort());

    const pdf = value<ChannelOutput<'clients.dossierPdf'>>(
      await client.invoke('clients.dossierPdf', { id: created.id }),
    );
    expect(Buffer.from(pdf.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    // Closing the worker closes the database; what is on disk is SQLCipher, not SQLite in clear.
    await client.close();
    const file = readFileSync(join(dir, 'advisordesk.db'));
    expect(file.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(file.includes(Buffer.from(CANARY_NAME, 'utf8'))).toBe(false);
    expect(logs).toEqual([]);
  });

  it('opens the same vault again in a new worker', async () => {
    client = await start();
    expect(value(await client.invoke('vault.status', {}))).toMatchObject({ state: 'locked' });
    value(await client.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    expect(value<ChannelOutput<'clients.list'>>(await client.invoke('clients.list', {})).total).toBe(2);
  });
});
