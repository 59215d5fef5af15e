import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/core/host/web-host';
import type { Router } from '../../../electron/core/kernel/router';
import { RENDERER_CSP } from '../../../shared/csp';

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw request, so the test can send any Host header and path. */
function send(
  port: number,
  options: { method?: string; path: string; host?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: options.host ?? `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('loopback web host', () => {
  const calls: { channel: unknown; input: unknown }[] = [];
  const router: Router = {
    invoke: async (channel, input) => {
      calls.push({ channel, input });
      return { ok: true, value: { echoed: input } };
    },
  };
  let dir: string;
  let host: WebHost;
  const auth = () => ({ Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'advisordesk-host-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>AdvisorDesk</title>');
    writeFileSync(join(tmpdir(), 'advisordesk-outside.txt'), 'outside');
    host = await startWebHost({ router, staticDir: dir, bodyTimeoutMs: 300 });
  });
  afterAll(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and puts a 64-hex token in the URL fragment', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64}$/);
  });

  it('serves the renderer with a CSP and no caching', async () => {
    const reply = await send(host.port, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('AdvisorDesk');
    expect(reply.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('passes an authorised call to the router and returns its Result', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/ipc/clients.list',
      headers: auth(),
      body: '{"text":"王明"}',
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echoed: { text: '王明' } } });
    expect(calls.at(-1)).toEqual({ channel: 'clients.list', input: { text: '王明' } });
  });

  it('does not offer a page the demo-data channels, even with the token', async () => {
    const before = calls.length;
    for (const channel of ['demo.seed', 'demo.purge']) {
      const reply = await send(host.port, {
        method: 'POST',
        path: `/ipc/${channel}`,
        headers: auth(),
        body: '{}',
      });
      expect(reply.status).toBe(404);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(calls.length).toBe(before);
  });

  it('offers a page verify and restore (設定 › 備份 and the setup screen restore from a backup)', async () => {
    for (const channel of ['backup.verify', 'backup.restore']) {
      const reply = await send(host.port, {
        method: 'POST',
        path: `/ipc/${channel}`,
        headers: auth(),
        body: '{"file":"/a/b.adbackup","passphrase":"x"}',
      });
      expect(reply.status).toBe(200);
      expect(calls.at(-1)).toEqual({ channel, input: { file: '/a/b.adbackup', passphrase: 'x' } });
    }
  });

  it('refuses calls without the token or with a wrong one, before the router sees them', async () => {
    const before = calls.length;
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer nope' },
      { Authorization: `Basic ${host.token}` },
    ];
    for (const headers of attempts) {
      const reply = await send(host.port, { method: 'POST', path: '/ipc/clients.list', headers, body: '{}' });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(calls.length).toBe(before);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/ipc/app.info',
      host: 'evil.example:80',
      headers: auth(),
      body: '{}',
    });
    expect(reply.status).toBe(421);
  });

  it('answers a body that is not JSON with a VALIDATION Result', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/ipc/app.info',
      headers: auth(),
      body: '{not json',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers a malformed percent-encoded path with 400, not 500', async () => {
    for (const path of ['/%zz', '/%E0%A4%A', '/ipc/%zz']) {
      const reply = await send(host.port, { path });
      expect(reply.status).toBe(400);
    }
  });

  it('refuses a call from a foreign or opaque Origin even with the token', async () => {
    const before = calls.length;
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${host.port + 1}`]) {
      const reply = await send(host.port, {
        method: 'POST',
        path: '/ipc/app.info',
        headers: { ...auth(), Origin: origin },
        body: '{}',
      });
      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(calls.length).toBe(before);
    const own = await send(host.port, {
      method: 'POST',
      path: '/ipc/app.info',
      headers: { ...auth(), Origin: `http://127.0.0.1:${host.port}` },
      body: '{}',
    });
    expect(own.status).toBe(200);
  });

  it('answers 408 and closes the connection when a request body trickles in (slowloris)', async () => {
    const before = calls.length;
    const socket = connect(host.port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    const closed = new Promise<void>((resolveClose) => socket.on('close', () => resolveClose()));
    socket.write(
      `POST /ipc/app.info HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n` +
        `Authorization: Bearer ${host.token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`,
    );
    // One byte every 100 ms: each arrives well within any idle timeout, the whole never does.
    const drip = setInterval(() => socket.writable && socket.write(' '), 100);
    await closed;
    clearInterval(drip);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(calls.length).toBe(before);
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const path of [
      '/../advisordesk-outside.txt',
      '/%2e%2e/advisordesk-outside.txt',
      '/..%2fadvisordesk-outside.txt',
    ]) {
      const reply = await send(host.port, { path });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('outside');
    }
  });
});

describe('content security policy', () => {
  it('is the same in renderer/index.html as in the headers, less frame-ancestors', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(RENDERER_CSP.replace("; frame-ancestors 'none'", ''));
  });
});
