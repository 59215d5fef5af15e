import type { ReactElement } from 'react';
import { installChartDom, renderChartSvgs } from '../../../electron/core/documents/chart-svg';

/**
 * One chart's SVG, rendered in this test file's own process as the chart worker renders it (the
 * file's globals become a browser's, as the worker's do). Tests of the documents lane as features
 * use it go through the worker instead (createDocumentRenderer).
 */
export async function renderChartSvg(element: ReactElement): Promise<string> {
  installChartDom();
  return Promise.resolve(renderChartSvgs([element])[0]!);
}
