import { createElement, Fragment, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { Window } from 'happy-dom';

/**
 * Renders a chart component of shared/charts to an SVG string in plain Node.
 *
 * recharts 3 renders no SVG under react-dom/server, so the chart is mounted with react-dom/client
 * into a happy-dom document. React DOM reads the global `window` while rendering (and in its
 * development build once more in the scheduler tick after the commit), so the happy-dom window is
 * made global for one render and that tick only, then put back: the main process must not look like
 * a browser to any other code. Renders are queued one at a time for that reason. A document's charts
 * are rendered together, in one React commit (one root, one container per chart): one scheduler
 * drain for all of them instead of one each.
 */

type DomGlobal = 'window' | 'document';

// One window per process, reused: a new happy-dom Window costs several milliseconds per chart.
// Each render removes its container, so nothing of one client stays for the next.
let sharedWindow: Window | null = null;
let queue: Promise<unknown> = Promise.resolve();

function chartWindow(): Window {
  sharedWindow ??= new Window();
  return sharedWindow;
}

/** Waits until React's scheduler has run what the commit queued (it runs on setImmediate in Node). */
function drainScheduler(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Sets globals and returns what puts the previous ones (or their absence) back. */
function installGlobals(values: Record<DomGlobal, unknown>): () => void {
  const target = globalThis as Partial<Record<DomGlobal, unknown>>;
  const before = (Object.keys(values) as DomGlobal[]).map(
    (key) => [key, Object.getOwnPropertyDescriptor(target, key)] as const,
  );
  Object.assign(target, values);
  return () => {
    for (const [key, descriptor] of before) {
      if (descriptor) Object.defineProperty(target, key, descriptor);
      else delete target[key];
    }
  };
}

interface MountedCharts {
  root: Root;
  container: HTMLElement;
}
let mounted: MountedCharts | null = null;

function mountedCharts(win: Window): MountedCharts {
  if (!mounted) {
    const container = win.document.createElement('div') as unknown as HTMLElement;
    win.document.body.appendChild(container as never);
    mounted = { container, root: createRoot(container) };
  }
  return mounted;
}

async function renderOnce(elements: readonly ReactElement[]): Promise<string[]> {
  const win = chartWindow();
  const restore = installGlobals({ window: win, document: win.document });
  try {
    const { root, container } = mountedCharts(win);
    const charts = elements.map((element, i) => createElement('div', { key: i }, element));
    flushSync(() => root.render(createElement(Fragment, null, charts)));
    const svgs = Array.from(container.children, (chart) => chart.querySelector('svg')?.outerHTML);
    await drainScheduler();
    return svgs.map((svg) => {
      if (!svg) throw new Error('chart rendered no <svg>');
      return svg;
    });
  } finally {
    restore();
  }
}

/** The charts' <svg> markup, in order. Render them with animation off and a fixed width and height. */
export function renderChartSvgs(elements: readonly ReactElement[]): Promise<string[]> {
  const result = queue.then(() => renderOnce(elements));
  queue = result.catch(() => undefined);
  return result;
}

/** One chart's <svg> markup. */
export async function renderChartSvg(element: ReactElement): Promise<string> {
  const [svg] = await renderChartSvgs([element]);
  return svg!;
}
