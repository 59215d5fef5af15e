/** The messages between a thread drawing documents and the chart worker (structured-cloned data). */

export interface ChartRequest {
  id: number;
  /** A ChartSet's name (electron/core/chart-sets.ts). */
  set: string;
  input: unknown;
  /**
   * The worker's share of the set when several workers draw it: the charts whose place in the
   * set's list, modulo `of`, is `index`.
   */
  share: { of: number; index: number };
}

/**
 * Worker to its caller: started (requests are sent only after this: a message sent before the
 * worker listens could reach only a listener preloaded into it); one chart of a request, as soon as
 * it is drawn (`index`: its place in the whole set); the worker's share done, with the set's number
 * of charts; or what went wrong (name and code only).
 */
export type ChartReply =
  | { ready: true }
  | { id: number; index: number; svg: string }
  | { id: number; count: number }
  | { id: number; error: string };
