import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core/app';
import { ClientsRepository } from '../../electron/core/features/clients';
import { generateDemoClients } from '../../electron/core/features/demo/demo-clients';
import { addDays } from '../../shared/kernel/dates';
import type { BenchRow } from './types';

const CLIENTS = 2_000;
const ACTIVITIES_PER_CLIENT = 50;
const RUNS = 5;
const TARGET_MS = 2_000;
const PERIOD = { from: '2026-09-01', to: '2026-11-30' };

/**
 * Issue 12's report target: the relationship report PDF of a 2,000-client book (100,000
 * activities over the year, tiers recomputed) in <= 2 s, warm (after one render), median of five.
 */
export async function benchBookReport(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'advisordesk-bench-book-'));
  const core = createCore({ dataDir: join(dir, 'vault'), checkOutputs: false, logError: () => undefined });
  try {
    const setup = await core.invoke('vault.setup', { passphrase: 'bench book report passphrase' });
    if (!setup.ok) throw new Error(setup.error.message);
    const now = new Date().toISOString();
    const rows = generateDemoClients(CLIENTS, 12).map((data) => ({ id: randomUUID(), data }));
    const db = core.session.database();
    new ClientsRepository(db).insertMany(rows, now);
    const insert = db.prepare(
      `INSERT INTO activities (id, client_id, kind, occurred_on, data, is_contact, is_review, version, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, 0, 1, ?, ?)`,
    );
    db.transaction(() => {
      rows.forEach(({ id }, c) => {
        for (let i = 0; i < ACTIVITIES_PER_CLIENT; i += 1) {
          const kind = i % 10 === 0 ? 'interview' : i % 3 === 0 ? 'visit' : 'contact';
          const data = kind === 'interview' ? JSON.stringify({ satisfaction: 1 + ((c + i) % 5) }) : '{}';
          insert.run(randomUUID(), id, kind, addDays('2025-12-01', (c + i * 7) % 365), data, now, now);
        }
      });
    })();
    const recompute = await core.invoke('tiers.recompute', {});
    if (!recompute.ok) throw new Error(recompute.error.message);

    const render = async () => {
      const result = await core.invoke('book.reportFile', {
        query: PERIOD,
        format: 'pdf',
        language: 'zh-TW',
      });
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as { base64: string }).base64.length;
    };
    await render();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      await render();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(RUNS / 2)]!;
    return [
      {
        section: 'book report',
        metric: `PDF, ${CLIENTS.toLocaleString('en-US')} clients, ${(CLIENTS * ACTIVITIES_PER_CLIENT).toLocaleString('en-US')} activities, warm median`,
        value: `${median.toFixed(0)} ms`,
        target: `<= ${TARGET_MS} ms`,
        pass: median <= TARGET_MS,
      },
    ];
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await benchBookReport());
}
