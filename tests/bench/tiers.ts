// Tiers figures for `npm run bench`: the overdue list over 10,000 clients and 500,000 activities.
import { randomUUID } from 'node:crypto';
import { createCore } from '../../electron/core/app';
import { ClientsRepository } from '../../electron/core/features/clients';
import { generateDemoClients } from '../../electron/core/features/demo/demo-clients';
import { addDays, today } from '../../shared/kernel/dates';
import { makeTempDataDir, removeTempDataDir } from '../core/helpers/temp-dir';
import type { BenchRow } from './types';

const SECTION = 'tiers';
const CLIENTS = 10_000;
const ACTIVITIES = 500_000;
const RUNS = 9;
const WARM_UP = 3;
const TARGET_MS = 50;

/**
 * 10,000 active clients and 500,000 contacts and review visits over three years, seeded with plain
 * SQL in one transaction (as tests/bench/home.ts does; the channels would take minutes), with the
 * activities feature's one-row-per-client summary built from them. The tiers are recomputed and
 * the overdue list asked through the core, as the 客戶分級 and 今日 pages ask it, three years on.
 */
export async function benchTiers(): Promise<BenchRow[]> {
  const dir = makeTempDataDir('advisordesk-bench-');
  // The book was tiered three years ago: every plan runs from then, so the list is a full one.
  const day = today('Asia/Taipei');
  const clock = { now: Date.parse(`${addDays(day, -1095)}T02:00:00Z`) };
  const core = createCore({
    dataDir: dir,
    now: () => clock.now,
    checkOutputs: false,
    logError: () => undefined,
  });
  try {
    await core.invoke('vault.setup', { passphrase: 'bench passphrase 1234' });
    const db = core.session.database();
    const now = new Date().toISOString();
    const ids = Array.from({ length: CLIENTS }, () => randomUUID());
    db.transaction(() => {
      new ClientsRepository(db).insertMany(
        generateDemoClients(CLIENTS, 7).map((data, i) => ({
          id: ids[i]!,
          data: { ...data, status: 'active' },
        })),
        now,
      );
      const activity = db.prepare(
        `INSERT INTO activities (id, client_id, kind, occurred_on, occurred_time, data, is_contact, is_review,
           plan_id, completed_by, version, created_at, updated_at)
         VALUES (?, ?, 'contact', ?, NULL, ?, 1, ?, NULL, NULL, 1, ?, ?)`,
      );
      const data = JSON.stringify({
        channel: 'phone',
        direction: 'out',
        subject: '定期聯繫',
        materials: null,
        outcome: null,
      });
      for (let i = 0; i < ACTIVITIES; i += 1) {
        const on = addDays(day, -((i * 7919) % 1095));
        activity.run(randomUUID(), ids[i % CLIENTS]!, on, data, i % 10 === 0 ? 1 : 0, now, now);
      }
      db.exec(`INSERT INTO activity_last (client_id, last_contact, last_review)
        SELECT client_id, MAX(CASE WHEN is_contact = 1 THEN occurred_on END), MAX(CASE WHEN is_review = 1 THEN occurred_on END)
        FROM activities GROUP BY client_id`);
    })();
    db.exec('ANALYZE');

    const recomputeStart = performance.now();
    const recomputed = await core.invoke('tiers.recompute', {});
    if (!recomputed.ok) throw new Error(recomputed.error.message);
    const recomputeMs = performance.now() - recomputeStart;
    clock.now = Date.now();

    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    /** The median wall and CPU time of a request, the warm-up runs (statements, JIT) left out. */
    const time = async (input: object) => {
      let total = 0;
      const walls: number[] = [];
      const cpus: number[] = [];
      for (let run = -WARM_UP; run < RUNS; run += 1) {
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        const result = await core.invoke('tiers.overdue', input);
        const cpu = process.cpuUsage(cpuStart);
        if (!result.ok) throw new Error(result.error.message);
        total = (result.value as { total: number }).total;
        if (run >= 0) {
          walls.push(performance.now() - start);
          cpus.push((cpu.user + cpu.system) / 1000);
        }
      }
      return { total, wall: median(walls), cpu: median(cpus) };
    };
    // What the 客戶分級 page asks (its first page of 50) and what the 今日 card asks (five per tier).
    const page = await time({ limit: 50 });
    const card = await time({ perTier: 5, limit: 500 });
    return [
      {
        section: SECTION,
        metric: `overdue list, first page, ${CLIENTS} clients, ${ACTIVITIES} activities (${page.total} rows due)`,
        value: `${page.wall.toFixed(1)} ms`,
        target: `<= ${TARGET_MS} ms`,
        pass: page.wall <= TARGET_MS,
      },
      { section: SECTION, metric: 'overdue list, first page, CPU time', value: `${page.cpu.toFixed(1)} ms` },
      {
        section: SECTION,
        metric: 'overdue list, 今日 card (5 per tier and the counts)',
        value: `${card.wall.toFixed(1)} ms`,
        target: `<= ${TARGET_MS} ms`,
        pass: card.wall <= TARGET_MS,
      },
      { section: SECTION, metric: `recompute, ${CLIENTS} clients`, value: `${recomputeMs.toFixed(0)} ms` },
    ];
  } finally {
    core.close();
    removeTempDataDir(dir);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await benchTiers());
}
