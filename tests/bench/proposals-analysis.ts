// Proposal analysis figures for `npm run bench`: one analyseProposal (10,000 paths x 360 months with
// two goals, metrics, the 25-point frontier, seven stress scenarios, trades) after an edit.
import { analyseProposal, type ProposalAnalysisInput } from '../../shared/features/proposals';
import { analysisInput, content } from '../shared/features/proposals/analysis.fixture';
import type { BenchRow } from './types';

const SECTION = 'proposals';
const TARGET_MS = 300;
const WARM_UP = 3;
const RUNS = 21;

/** The proposal as the advisor edits it: run k moves a point of weight from bonds to Taiwan equity. */
function edited(k: number): ProposalAnalysisInput {
  const shift = ((k % 10) + 1) / 1000;
  const base = content();
  const items = base.items.map((item, i) =>
    i === 0
      ? { ...item, weight: item.weight + shift }
      : i === 1
        ? { ...item, weight: item.weight - shift }
        : item,
  );
  return analysisInput({ content: { ...base, items } });
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function benchProposalsAnalysis(): Promise<BenchRow[]> {
  for (let k = 0; k < WARM_UP; k++) analyseProposal(edited(k));
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const input = edited(k);
    const t = performance.now();
    analyseProposal(input);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  const p95 = quantile(times, 0.95);
  const metric = 'analyseProposal after an edit (10,000 paths x 360 months, frontier, stress)';
  return Promise.resolve([
    {
      section: SECTION,
      metric: `${metric}, median`,
      value: `${median.toFixed(0)} ms`,
      target: `<= ${TARGET_MS} ms`,
      pass: median <= TARGET_MS,
    },
    {
      section: SECTION,
      metric: `${metric}, p95`,
      value: `${p95.toFixed(0)} ms`,
      target: `<= ${TARGET_MS} ms`,
      pass: p95 <= TARGET_MS,
    },
  ]);
}

// `npx tsx tests/bench/proposals-analysis.ts` runs this bench alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await benchProposalsAnalysis())
    console.log(`${row.metric}: ${row.value} (target ${row.target})`);
}
