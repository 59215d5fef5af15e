import { createElement, Fragment, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { Window } from 'happy-dom';

/**
 * Renders chart components of shared/charts to SVG strings in plain Node, in the chart worker
 * (electron/core/worker/chart-worker.ts), a thread that does nothing else.
 *
 * recharts 3 renders no SVG under react-dom/server, so the charts are mounted with
 * react-dom/client into a happy-dom document. React DOM reads the global `window` while rendering
 * and in the scheduler ticks after a commit, so the thread's globals are a browser's for its whole
 * life: installChartDom() makes them so, and only the chart worker calls it.
 *
 * A document's charts are rendered together, in one React commit (one container per chart). The
 * root stays mounted between renders, as a screen's charts do: the next document's charts are an
 * update of the same components, a good third cheaper than mounting them afresh. It is unmounted
 * once no render has come for IDLE_MS, so a client's figures do not stay in the DOM after the
 * documents that drew them.
 */

const IDLE_MS = 30_000;

type DomGlobal = 'window' | 'document';
type ChartContainer = ReturnType<Window['document']['createElement']>;

interface MountedCharts {
  root: Root;
  container: ChartContainer;
}

let chartWindow: Window | null = null;
let mounted: MountedCharts | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

/** Gives this thread a happy-dom window as its `window` and `document`, for good. */
export function installChartDom(): void {
  if (chartWindow) return;
  chartWindow = new Window();
  Object.assign(globalThis as Partial<Record<DomGlobal, unknown>>, {
    window: chartWindow,
    document: chartWindow.document,
  });
}

function mountedCharts(): MountedCharts {
  if (!chartWindow) throw new Error('installChartDom() first: charts render in the chart worker only');
  if (!mounted) {
    const container = chartWindow.document.createElement('div');
    chartWindow.document.body.appendChild(container);
    mounted = { root: createRoot(container as unknown as Element), container };
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

/** The charts' <svg> markup, in order. Render them with animation off and a fixed width and height. */
export function renderChartSvgs(elements: readonly ReactElement[]): string[] {
  const { root, container } = mountedCharts();
  if (idleTimer) clearTimeout(idleTimer);
  const items = elements.map((element, i) => createElement('div', { key: i }, element));
  // flushSync commits synchronously: with animation off the SVGs are complete after this call.
  flushSync(() => root.render(createElement(Fragment, null, items)));
  const svgs = Array.from(container.children, (chart) => chart.querySelector('svg')?.outerHTML);
  idleTimer = setTimeout(releaseCharts, IDLE_MS);
  idleTimer.unref();
  return svgs.map((svg) => {
    if (!svg) throw new Error('chart rendered no <svg>');
    return svg;
  });
}
