import type { ReactElement } from 'react';
import { installChartDom, renderChartSvgs } from '../../../electron/core/documents/chart-svg';

/**
 * Charts' SVG, rendered in this test file's own process as the chart worker renders them (the
 * file's globals become a browser's, as the worker's do). Tests of the documents lane as features
 * use it go through the worker instead (createDocumentRenderer).
 */
export function renderSvgs(elements: readonly ReactElement[]): string[] {
  installChartDom();
  const svgs: string[] = [];
  renderChartSvgs(elements, (index, svg) => {
    svgs[index] = svg;
  });
  return svgs;
}

/** One chart's SVG (see renderSvgs). */
export async function renderChartSvg(element: ReactElement): Promise<string> {
  return Promise.resolve(renderSvgs([element])[0]!);
}
