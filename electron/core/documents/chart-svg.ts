import { createElement, Fragment, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { parseHTML } from 'linkedom';

/**
 * Renders chart components of shared/charts to SVG strings in plain Node, in the chart worker
 * (electron/core/worker/chart-worker.ts), a thread that does nothing else.
 *
 * recharts 3 renders no SVG under react-dom/server, so the charts are mounted with
 * react-dom/client into a linkedom document: a DOM without layout, about a quarter cheaper per
 * chart than happy-dom (which the renderer's unit tests use). React DOM reads the global `window`
 * while rendering and in the scheduler ticks after a commit, so the thread's globals are a
 * browser's for its whole life: installChartDom() makes them so, and only the chart worker calls it.
 *
 * A document's charts share one root, one container each, and are committed one at a time so each
 * can be sent as soon as it is drawn. The root stays mounted between renders, as a screen's charts
 * do: the next document's charts are an update of the same components, a good third cheaper than
 * mounting them afresh. It is unmounted once no render has come for IDLE_MS, so a client's figures
 * do not stay in the DOM after the documents that drew them.
 */

const IDLE_MS = 30_000;
const SVG_NS = 'http://www.w3.org/2000/svg';

type DomGlobal = 'window' | 'document';
type ChartWindow = ReturnType<typeof parseHTML>;

interface MountedCharts {
  root: Root;
  container: HTMLElement;
  /** What is mounted, one element per container. */
  shown: ReactElement[];
}

let chartWindow: ChartWindow | null = null;
let mounted: MountedCharts | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * What recharts reads of the layout, answered as a browser without CSS or fonts would: the
 * default font size, no letter spacing, and an empty box for an SVG element (its axes then use
 * the sizes the charts are given, as on a page before layout). linkedom has no layout at all.
 */
function answerLayoutReads(window: ChartWindow): void {
  const noStyle = { fontSize: '16px', letterSpacing: '', getPropertyValue: () => '' };
  Object.assign(window, { getComputedStyle: () => noStyle });
  const svgElement = Object.getPrototypeOf(window.document.createElementNS(SVG_NS, 'g')) as object;
  Object.assign(svgElement, { getBBox: () => ({ x: 0, y: 0, width: 0, height: 0 }) });
}

/** Gives this thread a linkedom window as its `window` and `document`, for good. */
export function installChartDom(): void {
  if (chartWindow) return;
  chartWindow = parseHTML('<!doctype html><html><head></head><body></body></html>');
  answerLayoutReads(chartWindow);
  Object.assign(globalThis as Partial<Record<DomGlobal, unknown>>, {
    window: chartWindow.window,
    document: chartWindow.document,
  });
}

function mountedCharts(): MountedCharts {
  if (!chartWindow) throw new Error('installChartDom() first: charts render in the chart worker only');
  if (!mounted) {
    // The thread's global document is chartWindow's; the DOM's types describe it.
    const container = document.createElement('div');
    document.body.appendChild(container);
    mounted = { root: createRoot(container), container, shown: [] };
  }
  return mounted;
}

/** Unmounts the charts of the last render: nothing of them stays in the DOM. */
export function releaseCharts(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (!mounted) return;
  const { root, container } = mounted;
  mounted = null;
  flushSync(() => root.unmount());
  container.remove();
}

function commit({ root, shown }: MountedCharts): void {
  const items = shown.map((element, i) => createElement('div', { key: i }, element));
  // flushSync commits synchronously: with animation off the SVGs are complete after this call.
  flushSync(() => root.render(createElement(Fragment, null, items)));
}

/**
 * Renders the charts in order (animation off, a fixed width and height each), handing each one's
 * <svg> markup to `drawn` as soon as it is committed. Each chart replaces the one mounted in its
 * place; the others are given again as the same elements, which React skips.
 */
export function renderChartSvgs(
  elements: readonly ReactElement[],
  drawn: (index: number, svg: string) => void,
): void {
  const charts = mountedCharts();
  if (idleTimer) clearTimeout(idleTimer);
  elements.forEach((element, index) => {
    charts.shown[index] = element;
    commit(charts);
    const svg = charts.container.children[index]?.querySelector('svg')?.outerHTML;
    if (!svg) throw new Error('chart rendered no <svg>');
    drawn(index, svg);
  });
  if (charts.shown.length > elements.length) {
    charts.shown.length = elements.length;
    commit(charts);
  }
  idleTimer = setTimeout(releaseCharts, IDLE_MS);
  idleTimer.unref();
}
