import { randomUUID } from 'node:crypto';
import { createCore } from '../../electron/core/app';
import { ClientsRepository } from '../../electron/core/features/clients';
import { generateDemoClients } from '../../electron/core/features/demo/demo-clients';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { makeTempDataDir, removeTempDataDir } from '../core/helpers/temp-dir';
import type { BenchRow } from './types';

/**
 * The client list over a book of 10,000 (demo clients, tiered by a recompute), through the core as
 * the screen asks: a page of 100 by assets with a facet, every matching ID for "select all", the
 * filters' options, and a bulk tag on 2,000 clients. Figures only: no target is set.
 */
const CLIENTS = 10_000;
const BULK = 2_000;
const RUNS = 10;
const SECTION = `client list, ${CLIENTS.toLocaleString('en')} clients`;

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

export async function benchClientList(): Promise<BenchRow[]> {
  const dir = makeTempDataDir('advisordesk-bench-');
  const core = createCore({ dataDir: dir, checkOutputs: false, logError: () => undefined });
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await core.invoke(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  }
  async function median<C extends Channel>(channel: C, input: (run: number) => ChannelInput<C>) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const start = performance.now();
      await call(channel, input(run));
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  }
  try {
    await call('vault.setup', { passphrase: 'bench passphrase 1234' });
    const db = core.session.database();
    const ids = Array.from({ length: CLIENTS }, () => randomUUID());
    new ClientsRepository(db).insertMany(
      generateDemoClients(CLIENTS, 7).map((data, i) => ({ id: ids[i]!, data })),
      new Date().toISOString(),
    );
    await call('tiers.recompute', {});
    db.exec('ANALYZE');
    // The tier with the most clients: the facet that selects the most.
    const tier = db
      .prepare<[], string>(
        'SELECT effective_key FROM client_tiers GROUP BY effective_key ORDER BY count(*) DESC LIMIT 1',
      )
      .pluck()
      .get()!;
    const facetPage = { facets: { tier }, sort: 'totalAssetsTwd', limit: 100 } as const;
    const matched = (await call('clients.list', facetPage)).total;

    const pageMs = await median('clients.list', () => facetPage);
    const kycMs = await median('clients.list', () => ({ facets: { kyc: 'none' }, sort: 'name', limit: 100 }));
    // A one-character search counts its hits through the clients table now (the archive filter).
    const searchMs = await median('clients.list', () => ({ text: '陳', sort: 'updatedAt', limit: 100 }));
    const idsMs = await median('clients.ids', () => ({}));
    const optionsMs = await median('clients.listOptions', () => ({}));
    const selected = ids.slice(0, BULK);
    const bulkMs = await median('clients.bulkUpdate', (run) => ({
      ids: selected,
      change: { kind: run % 2 === 0 ? 'addTag' : 'removeTag', tag: '年終活動' },
    }));
    return [
      {
        section: SECTION,
        metric: `page of 100 by assets, facet tier=${tier} (${matched} match), median`,
        value: ms(pageMs),
      },
      { section: SECTION, metric: 'page of 100 by name, facet kyc=none, median', value: ms(kycMs) },
      { section: SECTION, metric: 'page of 100 of a one-character search (陳), median', value: ms(searchMs) },
      { section: SECTION, metric: `clients.ids, every client (${CLIENTS}), median`, value: ms(idsMs) },
      { section: SECTION, metric: 'clients.listOptions (advisors and tags), median', value: ms(optionsMs) },
      { section: SECTION, metric: `clients.bulkUpdate, tag on ${BULK} clients, median`, value: ms(bulkMs) },
    ];
  } finally {
    core.close();
    removeTempDataDir(dir);
  }
}

// Run alone: npx tsx tests/bench/client-list.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await benchClientList()) console.log(`${row.metric}: ${row.value}`);
}
