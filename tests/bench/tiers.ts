// Tiers figures for `npm run bench`: the overdue list over 10,000 clients and 500,000 activities.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase, type Database } from '../../electron/core/db';
import { ClientsRepository, ClientsService } from '../../electron/core/features/clients';
import { generateDemoClients } from '../../electron/core/features/demo/demo-clients';
import { HoldingsRepository, HoldingsService } from '../../electron/core/features/holdings';
import { InvestorClassRepository, InvestorClassService } from '../../electron/core/features/investor-classes';
import { KycRepository, KycService } from '../../electron/core/features/kyc';
import { TiersRepository, TiersService, type LastContact } from '../../electron/core/features/tiers';
import { DEFAULT_SETTINGS } from '../../shared/features/settings/schema';
import { addDays } from '../../shared/kernel/dates';
import type { BenchRow } from './types';

const SECTION = 'tiers';
const CLIENTS = 10_000;
const ACTIVITIES = 500_000;
const TARGET_MS = 50;
const NOW = '2026-11-30T02:00:00.000Z';

/**
 * The activities feature is not on this branch: its 500,000 activities are seeded straight into a
 * table here, and the source reads the one-row-per-client summary the activities feature keeps
 * (`activity_last`), made from them the same way.
 */
function seedActivities(db: Database, clientIds: string[]): void {
  db.exec(`CREATE TABLE bench_activities (client_id TEXT NOT NULL, day TEXT NOT NULL, review INTEGER NOT NULL);
           CREATE TABLE bench_activity_last (client_id TEXT PRIMARY KEY, last_contact TEXT, last_review TEXT);`);
  const insert = db.prepare('INSERT INTO bench_activities VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < ACTIVITIES; i += 1) {
      insert.run(
        clientIds[(i * 7919) % clientIds.length],
        addDays('2026-11-30', -((i * 31) % 730)),
        i % 9 === 0 ? 1 : 0,
      );
    }
    db.exec(`INSERT INTO bench_activity_last
      SELECT client_id, max(day), max(CASE WHEN review = 1 THEN day END) FROM bench_activities GROUP BY client_id`);
  })();
}

function activitiesSource(db: Database) {
  const all = db.prepare<[], { client_id: string; last_contact: string | null; last_review: string | null }>(
    'SELECT * FROM bench_activity_last',
  );
  return {
    lastContacts(): Map<string, LastContact> {
      const result = new Map<string, LastContact>();
      for (const row of all.all()) {
        const entry: LastContact = {};
        if (row.last_contact !== null) entry.lastContact = row.last_contact;
        if (row.last_review !== null) entry.lastReview = row.last_review;
        result.set(row.client_id, entry);
      }
      return result;
    },
  };
}

/** Median wall and CPU milliseconds of `runs` calls after one warm-up (CPU: less noisy on a shared machine). */
function median(fn: () => void, runs: number): { wall: number; cpu: number } {
  fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let k = 0; k < runs; k += 1) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    fn();
    const cpu = process.cpuUsage(cpuStart);
    walls.push(performance.now() - start);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { wall: mid(walls), cpu: mid(cpus) };
}

export async function benchTiers(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'advisordesk-bench-tiers-'));
  const db = openDatabase(join(dir, 'tiers.db'), randomBytes(32), { create: true });
  try {
    migrate(db);
    const settings = () => DEFAULT_SETTINGS;
    const now = () => Date.parse(NOW);
    const clients = new ClientsService(
      () => new ClientsRepository(db),
      settings,
      () => NOW,
    );
    const ids = db.transaction(() =>
      clients.insertAll(generateDemoClients(CLIENTS, 11).map((c) => ({ ...c, status: 'active' as const }))),
    )();
    seedActivities(db, ids);
    const holdings = new HoldingsService(
      () => new HoldingsRepository(db),
      { clients, products: { byIds: () => [], list: () => ({ items: [] }) } },
      () => DEFAULT_SETTINGS.fxRates,
    );
    const tiers = new TiersService(
      () => new TiersRepository(db),
      {
        clients,
        holdings,
        investorClasses: new InvestorClassService(
          () => new InvestorClassRepository(db),
          clients,
          settings,
          now,
        ),
        kyc: new KycService(() => new KycRepository(db), clients, settings, now),
        activities: activitiesSource(db),
      },
      settings,
      () => NOW,
    );
    const recomputeStart = performance.now();
    db.transaction(() => tiers.recompute())();
    const recomputeMs = performance.now() - recomputeStart;
    let rows = 0;
    const overdue = median(() => {
      rows = db.transaction(() => tiers.overdue({ asOf: '2026-11-30' }))().rows.length;
    }, 9);
    return [
      {
        section: SECTION,
        metric: `overdue list, ${CLIENTS} clients, ${ACTIVITIES} activities (${rows} rows)`,
        value: `${overdue.wall.toFixed(1)} ms`,
        target: `<= ${TARGET_MS} ms`,
        pass: overdue.wall <= TARGET_MS,
      },
      { section: SECTION, metric: 'overdue list, CPU time', value: `${overdue.cpu.toFixed(1)} ms` },
      { section: SECTION, metric: `recompute, ${CLIENTS} clients`, value: `${recomputeMs.toFixed(0)} ms` },
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await benchTiers());
}
