// The proposal PDF bench's own renders (tests/bench/proposal-pdf.ts), in a worker thread made as
// the app makes its core worker (the same young generation), which in turn starts the chart
// workers, as the core does. Answers the cold time, the warm times and the last PDF's facts.
import { parentPort, workerData } from 'node:worker_threads';
import { createDocumentRenderer } from '../../electron/core/documents/renderer';
import { renderProposalPdf } from '../../electron/core/features/proposals/document';
import { FONTS_DIR } from '../core/documents/fixtures';
import { proposalFacts, shiftedContent } from '../core/features/proposals/facts-fixture';

export interface RendersAsked {
  warmup: number;
  runs: number;
}

export interface RendersDone {
  coldMs: number;
  /** Each warm render's time, in run order. */
  times: number[];
  pdf: Uint8Array;
}

async function renders({ warmup, runs }: RendersAsked): Promise<RendersDone> {
  const documents = createDocumentRenderer({ fontsDir: FONTS_DIR });
  // Each render draws a different proposal (a weight moved, analysed afresh before the timing).
  const variants = Array.from({ length: warmup + runs }, (_, i) =>
    proposalFacts({}, shiftedContent(0.005 * (i + 1))),
  );
  const coldStart = performance.now();
  const pdf = await renderProposalPdf(documents, proposalFacts(), { language: 'zh-TW' });
  const coldMs = performance.now() - coldStart;
  for (let i = 0; i < warmup - 1; i += 1) {
    await renderProposalPdf(documents, variants[runs + i]!, { language: 'zh-TW' });
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await renderProposalPdf(documents, variants[i]!, { language: 'zh-TW' });
    times.push(performance.now() - start);
  }
  return { coldMs, times, pdf };
}

void renders(workerData as RendersAsked).then((done) => parentPort!.postMessage(done));
