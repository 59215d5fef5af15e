import { chartWorkerDrawer, prepareChartWorkers } from '../worker/chart-client';
import type { DrawCharts } from './chart-set';
import { renderDocument, type DocumentSpec } from './document';
import { loadFonts } from './fonts';

/** The documents lane as features use it: lay out a document, and draw its shared charts as SVG. */
export interface DocumentRenderer {
  render(spec: DocumentSpec): Promise<Buffer>;
  /**
   * A chart set's charts (components of shared/charts, the ones the screen draws) as SVG: vectors
   * in the PDF. Drawn in the chart workers, so a document can lay out its text meanwhile: give the
   * pending SVG to an svg block.
   */
  charts: DrawCharts;
  /**
   * Loads the fonts and starts the chart workers before the first document needs them, so the
   * first PDF of a session (presenting a proposal in a meeting) does not wait a second or two for
   * them. Answers once all are ready.
   */
  prepare(): Promise<void>;
}

export function createDocumentRenderer(options: { fontsDir: string }): DocumentRenderer {
  return {
    // Fonts load on first use (then stay cached), so making the renderer costs nothing.
    render: (spec) => renderDocument(spec, loadFonts(options.fontsDir)),
    charts: chartWorkerDrawer(),
    prepare: async () => {
      const workers = prepareChartWorkers();
      loadFonts(options.fontsDir);
      await workers;
    },
  };
}
