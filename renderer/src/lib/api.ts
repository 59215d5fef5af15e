import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { ErrorCode, ErrorInfo, Result } from '../../../shared/ipc/result';

/**
 * The typed client over the one IPC contract. Two transports, chosen at start:
 * Electron's preload (`window.advisorDesk.invoke`) or the loopback browser host (`POST ./ipc/<channel>`
 * with the per-launch token). Every call resolves to a Result; nothing throws across it.
 */

export type RawInvoke = (channel: string, input: unknown) => Promise<Result<unknown>>;

declare global {
  interface Window {
    advisorDesk?: { invoke: RawInvoke };
  }
}

export const TOKEN_KEY = 'advisordesk.token';

function internal(message: string): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  if (body.ok !== false || !('error' in body)) return false;
  const error = body.error;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}

/** Takes `#token=<hex>` off the URL (so it is not bookmarked or shown) and keeps it for this tab. */
export function takeTokenFromLocation(win: Window): string | null {
  const match = /(?:^#|&)token=([0-9a-fA-F]+)/.exec(win.location.hash);
  if (match?.[1]) {
    win.sessionStorage.setItem(TOKEN_KEY, match[1]);
    const rest = win.location.hash.replace(/(?:^#|&)token=[0-9a-fA-F]+/, '').replace(/^&/, '');
    const hash = rest === '' || rest === '#' ? '' : `#${rest.replace(/^#/, '')}`;
    win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}${hash}`);
  }
  return win.sessionStorage.getItem(TOKEN_KEY);
}

/** The browser-host transport: one POST per call, the Result in the body whatever the status. */
export function httpTransport(fetchFn: typeof fetch, token: string | null, baseUrl = './ipc/'): RawInvoke {
  return async (channel, input) => {
    try {
      const response = await fetchFn(`${baseUrl}${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(input),
      });
      const body: unknown = await response.json().catch(() => null);
      if (isResult(body)) return body;
      return internal(`Malformed response (HTTP ${response.status})`);
    } catch (error) {
      return internal(error instanceof Error ? error.message : 'Network error');
    }
  };
}

/** Electron's preload bridge; a rejected promise or a malformed answer becomes INTERNAL. */
export function preloadTransport(bridge: { invoke: RawInvoke }): RawInvoke {
  return async (channel, input) => {
    try {
      const body: unknown = await bridge.invoke(channel, input);
      return isResult(body) ? body : internal('Malformed response');
    } catch (error) {
      return internal(error instanceof Error ? error.message : 'IPC error');
    }
  };
}

export function detectTransport(win: Window): RawInvoke {
  if (win.advisorDesk) return preloadTransport(win.advisorDesk);
  return httpTransport(win.fetch.bind(win), takeTokenFromLocation(win));
}

type ErrorListener = (error: ErrorInfo) => void;

export interface ApiClient {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Like invoke, but returns the value or throws an ApiError. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Hears every failed call (the session uses it to notice LOCKED). Returns an unsubscribe. */
  onError(listener: ErrorListener): () => void;
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.code = info.code;
    this.details = info.details;
  }

  get info(): ErrorInfo {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export function createApi(transport: RawInvoke): ApiClient {
  const listeners = new Set<ErrorListener>();
  async function invoke<C extends Channel>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<Result<ChannelOutput<C>>> {
    const result = await transport(channel, input);
    if (!result.ok) listeners.forEach((listener) => listener(result.error));
    // The core validated the output against the same contract before sending it.
    return result as Result<ChannelOutput<C>>;
  }
  return {
    invoke,
    async call(channel, input) {
      const result = await invoke(channel, input);
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
    onError(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Turns anything caught into ErrorInfo, so screens show one kind of error. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof ApiError) return error.info;
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : 'Unexpected error' };
}
