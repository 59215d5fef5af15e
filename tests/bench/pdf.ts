import { renderDocument } from '../../electron/core/documents/document';
import { createDocumentRenderer } from '../../electron/core/documents/renderer';
import {
  createDossierRenderer,
  type DossierPdfInput,
} from '../../electron/core/features/clients/dossier-pdf';
import { loadFonts } from '../../electron/core/documents/fonts';
import { FONTS_DIR, sampleClient, settingsWithLogo } from '../core/documents/fixtures';
import { longDocument, ROW_COUNT } from '../core/documents/long-document';
import type { BenchRow } from './types';

/**
 * Dossier PDF time, cold and warm. Cold is the first render of the process: font files read and
 * parsed, the chart's DOM window created. Warm is the median of the renders after it. Then the
 * 12-page test document (long table, table of contents) of the documents lane, warm.
 */

const WARM_RUNS = 20;
const LONG_RUNS = 5;
const WARM_TARGET_MS = 150;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export async function benchPdf(): Promise<BenchRow[]> {
  const renderer = createDossierRenderer(createDocumentRenderer({ fontsDir: FONTS_DIR }));
  const input: DossierPdfInput = {
    client: sampleClient(),
    settings: settingsWithLogo,
    fxRates: settingsWithLogo.fxRates,
    generatedAt: new Date(),
  };
  const render = () => renderer.renderClientDossier(input);

  const cold = await timed(render);
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i += 1) warm.push(await timed(render));
  warm.sort((a, b) => a - b);
  const median = warm[Math.floor(WARM_RUNS / 2)]!;
  const p95 = warm[Math.min(WARM_RUNS - 1, Math.floor(WARM_RUNS * 0.95))]!;
  const spec = await longDocument();
  const fonts = loadFonts(FONTS_DIR);
  const long: number[] = [];
  for (let i = 0; i < LONG_RUNS; i += 1) long.push(await timed(() => renderDocument(spec, fonts)));
  long.sort((a, b) => a - b);

  // React's development build (NODE_ENV unset) draws the chart about twice as slowly as production.
  const react = process.env.NODE_ENV === 'production' ? 'React prod' : 'React dev';

  return [
    { section: 'pdf', metric: `dossier PDF cold (first render, ${react})`, value: `${cold.toFixed(0)} ms` },
    {
      section: 'pdf',
      metric: `dossier PDF warm, median of ${WARM_RUNS} (${react})`,
      value: `${median.toFixed(1)} ms`,
      target: `<= ${WARM_TARGET_MS} ms`,
      pass: median <= WARM_TARGET_MS,
    },
    { section: 'pdf', metric: `dossier PDF warm, p95 (${react})`, value: `${p95.toFixed(1)} ms` },
    {
      section: 'pdf',
      metric: `12-page document with a ${ROW_COUNT}-row table, median of ${LONG_RUNS}`,
      value: `${long[Math.floor(LONG_RUNS / 2)]!.toFixed(0)} ms`,
    },
  ];
}
