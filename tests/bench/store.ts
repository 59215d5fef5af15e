import { ClientsRepository } from '../../electron/core/features/clients';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { ClientData } from '../../shared/features/clients/schema';
import { DEFAULT_SETTINGS } from '../../shared/features/settings/schema';
import { configureConnection, migrate, openDatabase, type Database } from '../../electron/core/db';
import { generateDemoClients, type DemoClient } from '../../electron/core/features/demo/demo-clients';
import { Vault } from '../../electron/core/vault/vault';
import type { BenchRow } from './types';

/** Store figures for the foundation issue: search, insert, open and unlock. */

const QUERIES = 300;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function timeEach(items: string[], run: (item: string) => void): { p50: number; p95: number } {
  const times = items.map((item) => {
    const start = performance.now();
    run(item);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

/** The same database and settings without encryption: the baseline for the insert ratio. */
function openPlain(file: string): Database {
  const db = new BetterSqlite3(file);
  configureConnection(db);
  return db;
}

/** Inserts the clients in one transaction and returns rows per second. */
function insertRate(db: Database, clients: ClientData[]): number {
  migrate(db);
  const repo = new ClientsRepository(db);
  const rows = clients.map((data) => ({ id: randomUUID(), data }));
  const start = performance.now();
  repo.insertMany(rows, new Date().toISOString());
  return rows.length / ((performance.now() - start) / 1000);
}

/** Fragments users type: 2 characters of a name, and 3+ characters (a full name or an ID piece). */
function fragments(clients: DemoClient[]): { short: string[]; long: string[] } {
  const short: string[] = [];
  const long: string[] = [];
  for (let i = 0; i < QUERIES; i += 1) {
    const client = clients[(i * 7919) % clients.length]!;
    const chars = [...client.name];
    short.push(chars.slice(-2).join(''));
    long.push(i % 2 === 0 && chars.length >= 3 ? client.name : client.nationalId.slice(2, 7));
  }
  return { short, long };
}

function likeScan(db: Database): (text: string) => void {
  const statement = db.prepare(
    `SELECT id FROM clients WHERE name LIKE @p OR national_id LIKE @p OR phone LIKE @p ORDER BY updated_at DESC LIMIT 100`,
  );
  return (text) => statement.all({ p: `%${text}%` });
}

async function benchSize(count: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'advisordesk-bench-'));
  try {
    const clients = generateDemoClients(count, 7);
    const key = randomBytes(32);
    const encryptedFile = join(dir, 'encrypted.db');

    // Alternate plain and encrypted twice and keep each side's best run: the first run pays for
    // the JIT warming up and a noisy neighbour can slow any single run.
    let plainRate = 0;
    let encryptedRate = 0;
    for (const round of [1, 2]) {
      const plain = openPlain(join(dir, `plain-${round}.db`));
      plainRate = Math.max(plainRate, insertRate(plain, clients));
      plain.close();
      const file = round === 2 ? encryptedFile : join(dir, 'encrypted-1.db');
      const encrypted = openDatabase(file, key, { create: true });
      encryptedRate = Math.max(encryptedRate, insertRate(encrypted, clients));
      encrypted.close();
    }

    // Searches run on a reopened connection, as after an unlock.
    const db = openDatabase(encryptedFile, key);
    const repo = new ClientsRepository(db);
    const { short, long } = fragments(clients);
    const search = (text: string) =>
      repo.list({ text, sort: 'updatedAt', offset: 0, limit: 100 }, DEFAULT_SETTINGS.fxRates);
    search(short[0]!); // warm the page cache once, as a user's first keystroke would
    const shortTimes = timeEach(short, search);
    const longTimes = timeEach(long, search);
    const scan = likeScan(db);
    const shortScan = timeEach(short.slice(0, 100), scan);
    const longScan = timeEach(long.slice(0, 100), scan);
    db.close();

    const section = `store, ${count.toLocaleString('en')} clients`;
    const target = count >= 100_000 ? '<= 20 ms' : undefined;
    const row = (metric: string, value: number, withTarget = true): BenchRow => ({
      section,
      metric,
      value: ms(value),
      ...(withTarget && target ? { target, pass: value <= 20 } : {}),
    });
    return [
      row('search 2-char p50', shortTimes.p50, false),
      row('search 2-char p95', shortTimes.p95),
      row('search 3+-char p50', longTimes.p50, false),
      row('search 3+-char p95', longTimes.p95),
      row('LIKE scan 2-char p50', shortScan.p50, false),
      row('LIKE scan 2-char p95', shortScan.p95, false),
      row('LIKE scan 3+-char p50', longScan.p50, false),
      row('LIKE scan 3+-char p95', longScan.p95, false),
      {
        section,
        metric: 'insert encrypted',
        value: `${Math.round(encryptedRate).toLocaleString('en')} rows/s`,
      },
      { section, metric: 'insert plain', value: `${Math.round(plainRate).toLocaleString('en')} rows/s` },
      {
        section,
        metric: 'insert encrypted / plain',
        value: `${(encryptedRate / plainRate).toFixed(2)}x`,
        target: '>= 0.7x',
        pass: encryptedRate / plainRate >= 0.7,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchOpenAndUnlock(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'advisordesk-bench-'));
  try {
    const vault = new Vault({ dataDir: dir });
    const passphrase = 'bench passphrase 2026';
    const { dataKey } = await vault.create(passphrase);
    const file = join(dir, 'advisordesk.db');
    const db = openDatabase(file, dataKey, { create: true });
    migrate(db);
    db.close();

    const opens: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const start = performance.now();
      openDatabase(file, dataKey).close();
      opens.push(performance.now() - start);
    }
    opens.sort((a, b) => a - b);
    const unlocks: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const start = performance.now();
      await vault.unlockWithPassphrase(passphrase);
      unlocks.push(performance.now() - start);
    }
    unlocks.sort((a, b) => a - b);
    const open = percentile(opens, 50);
    const unlock = percentile(unlocks, 50) / 1000;
    return [
      {
        section: 'vault',
        metric: 'raw-key open (median)',
        value: ms(open),
        target: '<= 20 ms',
        pass: open <= 20,
      },
      {
        section: 'vault',
        metric: 'passphrase unlock (scrypt N=2^17, median)',
        value: `${unlock.toFixed(2)} s`,
        target: '0.3-1.5 s',
        pass: unlock >= 0.3 && unlock <= 1.5,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchStore(): Promise<BenchRow[]> {
  return [...(await benchSize(10_000)), ...(await benchSize(100_000)), ...(await benchOpenAndUnlock())];
}
