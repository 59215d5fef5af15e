// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  createApi,
  httpTransport,
  preloadTransport,
  takeTokenFromLocation,
  TOKEN_KEY,
} from '../../renderer/src/lib/api';

function fakeFetch(status: number, body: unknown) {
  return vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status }));
}

describe('takeTokenFromLocation', () => {
  it('reads the token from the hash, keeps it in sessionStorage and removes it from the URL', () => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/index.html#token=00ff0a');
    expect(takeTokenFromLocation(window)).toBe('00ff0a');
    expect(window.sessionStorage.getItem(TOKEN_KEY)).toBe('00ff0a');
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain('00ff0a');
  });

  it('keeps the token across a reload that has no hash', () => {
    window.sessionStorage.setItem(TOKEN_KEY, 'abc123');
    window.history.replaceState(null, '', '/index.html#/clients');
    expect(takeTokenFromLocation(window)).toBe('abc123');
    expect(window.location.hash).toBe('#/clients');
  });
});

describe('httpTransport', () => {
  it('POSTs the JSON input to ./ipc/<channel> with the bearer token', async () => {
    const fetchFn = fakeFetch(200, {
      ok: true,
      value: { state: 'locked', retryAfter: null, autoLockMinutes: 10 },
    });
    const invoke = httpTransport(fetchFn, 'beef');
    const result = await invoke('vault.status', {});
    expect(result).toEqual({ ok: true, value: { state: 'locked', retryAfter: null, autoLockMinutes: 10 } });
    const [url, init] = fetchFn.mock.calls[0]!;
    expect(url).toBe('./ipc/vault.status');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toEqual({ 'Content-Type': 'application/json', Authorization: 'Bearer beef' });
    expect(init?.body).toBe('{}');
  });

  it('passes an error Result through whatever the HTTP status', async () => {
    const error = { code: 'UNAUTHORIZED', message: 'bad token' };
    const result = await httpTransport(fakeFetch(401, { ok: false, error }), 'x')('clients.list', {});
    expect(result).toEqual({ ok: false, error });
  });

  it('turns a body that is not a Result into INTERNAL', async () => {
    const result = await httpTransport(fakeFetch(502, { hello: 'world' }), 'x')('app.info', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INTERNAL');
  });

  it('turns a network failure into INTERNAL', async () => {
    const fetchFn = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await httpTransport(fetchFn, 'x')('app.info', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Failed to fetch' } });
  });
});

describe('preloadTransport', () => {
  it('turns a rejected invoke into INTERNAL', async () => {
    const result = await preloadTransport({ invoke: () => Promise.reject(new Error('gone')) })(
      'app.info',
      {},
    );
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'gone' } });
  });
});

describe('createApi', () => {
  it('tells error listeners about failures, and call() throws a typed ApiError', async () => {
    const api = createApi(async () => ({ ok: false, error: { code: 'LOCKED', message: 'locked' } }));
    const heard: string[] = [];
    const stop = api.onError((error) => heard.push(error.code));
    const result = await api.invoke('clients.list', {});
    expect(result.ok).toBe(false);
    await expect(api.call('clients.list', {})).rejects.toBeInstanceOf(ApiError);
    await expect(api.call('clients.list', {})).rejects.toMatchObject({ code: 'LOCKED' });
    stop();
    await api.invoke('clients.list', {});
    expect(heard).toEqual(['LOCKED', 'LOCKED', 'LOCKED']);
  });

  it('call() returns the value of a successful Result', async () => {
    const api = createApi(async () => ({ ok: true, value: { version: '0.1.0', schemaVersion: 1 } }));
    await expect(api.call('app.info', {})).resolves.toEqual({ version: '0.1.0', schemaVersion: 1 });
  });
});
