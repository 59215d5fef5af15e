// `npm run bench`: measures every performance target in one run and prints one table.
// A script, not a test: these machines are noisy, so figures are reported, not asserted.
import { cpus } from 'node:os';
import type { BenchRow } from './types';

// Measure what the packaged app runs: React's production build, not its slower development one.
process.env.NODE_ENV ??= 'production';
const { benchStore } = await import('./store');
const { benchPdf } = await import('./pdf');
const { benchAnalytics } = await import('./analytics');
const { benchEventLoop } = await import('./event-loop');
const { benchProducts } = await import('./products');
const { benchSuitability } = await import('./suitability');
const { benchProposalsAnalysis } = await import('./proposals-analysis');
const { benchProposalPdf } = await import('./proposal-pdf');
const { benchBackup } = await import('./backup');
const { benchAuditChain } = await import('./audit-chain');
const { benchMarketData } = await import('./market-data');
const { benchMarketChart } = await import('./market-chart');
const { benchBriefingPdf } = await import('./briefing-pdf');
const { benchBookReport } = await import('./book-report');
const { benchHome } = await import('./home');
const { benchTiers } = await import('./tiers');
const { benchClientList } = await import('./client-list');

function printTable(rows: BenchRow[]): void {
  const header = ['section', 'metric', 'value', 'target', 'ok'];
  const cells = rows.map((r) => [
    r.section,
    r.metric,
    r.value,
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

const started = performance.now();
console.log(
  `AdvisorDesk benchmark — Node ${process.version}, ${cpus().length} cores, ${new Date().toISOString()}\n`,
);
const rows = [
  ...(await benchStore()),
  ...(await benchPdf()),
  ...(await benchAnalytics()),
  ...(await benchEventLoop()),
  ...(await benchProducts()),
  ...(await benchSuitability()),
  ...(await benchProposalsAnalysis()),
  ...(await benchProposalPdf()),
  ...(await benchBackup()),
  ...(await benchAuditChain()),
  ...(await benchMarketData()),
  ...(await benchMarketChart()),
  ...(await benchBriefingPdf()),
  ...(await benchBookReport()),
  ...(await benchHome()),
  ...(await benchTiers()),
  ...(await benchClientList()),
];
printTable(rows);
const missed = rows.filter((r) => r.pass === false);
console.log(
  `\n${rows.filter((r) => r.pass).length} targets met, ${missed.length} missed, in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
