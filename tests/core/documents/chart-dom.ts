import type { ReactElement } from 'react';
import { parseHTML } from 'linkedom';
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

/**
 * The elements of SVG markup that a CSS selector picks, so a test reads an element's attributes
 * whatever order the DOM wrote them in (the chart workers' DOM writes them last to first).
 */
export function svgElements(svg: string, selector: string): Element[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll(selector)] as unknown as Element[];
}

/** The `d` of the one element a selector picks. */
export function pathOf(svg: string, selector: string): string {
  const [element, ...more] = svgElements(svg, selector);
  if (!element || more.length > 0) throw new Error(`not one ${selector} in the chart`);
  return element.getAttribute('d') ?? '';
}
