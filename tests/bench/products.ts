import { createCore } from '../../electron/core/app';
import { demoProducts } from '../../electron/core/features/products/demo-products';
import { productsToCsv } from '../../electron/core/features/products/csv';
import {
  filterShelf,
  type Product,
  type ProductSummary,
  type ShelfFilter,
} from '../../shared/features/products';
import { makeTempDataDir, removeTempDataDir } from '../core/helpers/temp-dir';
import type { BenchRow } from './types';

/** The product shelf: 5,000 products listed through the core, and the screen's filter over them. */

const SHELF_SIZE = 5_000;
const LIST_RUNS = 20;

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** 5,000 products: the demo shelf over and over, each with a code of its own. */
function shelf(): Product[] {
  const demo = demoProducts();
  return Array.from({ length: SHELF_SIZE }, (_, i) => {
    const { data, state } = demo[i % demo.length]!;
    return {
      ...data,
      code: `${data.code}-${i}`,
      id: '',
      state,
      stateChangedBy: null,
      stateChangedAt: null,
      isDemo: true,
      version: 1,
      createdAt: '',
      updatedAt: '',
    };
  });
}

/** What a user does on the screen: typing a name a key at a time, then picking filters. */
const FILTERS: ShelfFilter[] = [
  ...['匯', '匯宏', '匯宏台', '匯宏台灣', 'n', 'no', 'nor', 'north', '2', '23', '233', '2330'].map(
    (text) => ({ text }),
  ),
  { riskRating: 3 },
  { riskRating: 3, type: 'fund_offshore' },
  { currency: 'USD', assetClass: 'dm_equity' },
  { state: 'approved', text: '基金' },
];

export async function benchProducts(): Promise<BenchRow[]> {
  const dir = makeTempDataDir('advisordesk-bench-');
  const core = createCore({ dataDir: dir, checkOutputs: false, logError: () => undefined });
  try {
    await core.invoke('vault.setup', { passphrase: 'bench passphrase 1234' });
    const importStart = performance.now();
    const imported = await core.invoke('products.importCsv', { csv: productsToCsv(shelf()) });
    const importMs = performance.now() - importStart;
    if (!imported.ok) throw new Error(`import failed: ${imported.error.message}`);

    const listTimes: number[] = [];
    let items: ProductSummary[] = [];
    for (let i = 0; i < LIST_RUNS; i += 1) {
      const start = performance.now();
      const result = await core.invoke('products.list', {});
      listTimes.push(performance.now() - start);
      if (!result.ok) throw new Error(result.error.message);
      items = (result.value as { items: ProductSummary[] }).items;
    }
    listTimes.sort((a, b) => a - b);

    const filterTimes = FILTERS.map((filter) => {
      const start = performance.now();
      filterShelf(items, filter);
      return performance.now() - start;
    }).sort((a, b) => a - b);
    const filterMax = filterTimes[filterTimes.length - 1]!;

    return [
      {
        section: 'products',
        metric: `import ${SHELF_SIZE.toLocaleString('en-US')} (CSV, core)`,
        value: ms(importMs),
      },
      {
        section: 'products',
        metric: `products.list of ${items.length.toLocaleString('en-US')}, p50`,
        value: ms(percentile(listTimes, 50)),
      },
      {
        section: 'products',
        metric: `filterShelf on ${items.length.toLocaleString('en-US')}, worst of ${FILTERS.length}`,
        value: ms(filterMax),
        target: '<= 50 ms',
        pass: filterMax <= 50,
      },
    ];
  } finally {
    core.close();
    removeTempDataDir(dir);
  }
}
