import type { ReactElement } from 'react';
import { renderChartSvg, renderChartSvgs } from './chart-svg';
import { renderDocument, type DocumentSpec } from './document';
import { loadFonts } from './fonts';

/** The documents lane as features use it: lay out a document, and draw a shared chart as SVG for it. */
export interface DocumentRenderer {
  render(spec: DocumentSpec): Promise<Buffer>;
  /** A chart of shared/charts as SVG (vectors in the PDF, the same component the screen draws). */
  chartSvg(chart: ReactElement): Promise<string>;
  /** Several charts at once (one render for all of them), their SVGs in the same order. */
  chartSvgs(charts: readonly ReactElement[]): Promise<string[]>;
}

export function createDocumentRenderer(options: { fontsDir: string }): DocumentRenderer {
  return {
    // Fonts load on first use (then stay cached), so making the renderer costs nothing.
    render: (spec) => renderDocument(spec, loadFonts(options.fontsDir)),
    chartSvg: renderChartSvg,
    chartSvgs: renderChartSvgs,
  };
}
