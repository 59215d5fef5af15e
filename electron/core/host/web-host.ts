import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Router } from '../kernel/router';
import { RENDERER_CSP } from '../../../shared/csp';
import { isWindowChannel } from '../../../shared/ipc/channel-names';
import { fail, type Result } from '../../../shared/ipc/result';

/**
 * The loopback browser host: serves the built renderer and the router on 127.0.0.1 only, for
 * browser mode and the end-to-end tests. Every IPC request must carry the per-launch token, the
 * Host header must name this server (a guard against DNS rebinding) and an Origin header, when
 * the client sends one (browsers do on every POST), must be this server too. A request body must
 * arrive whole within a time limit, so a trickled one (slowloris) cannot hold a connection open.
 */
export interface WebHostOptions {
  /** Anything that answers invoke(channel, input): the core worker's client, or a stand-in in tests. */
  router: Router;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Given in tests; otherwise 32 random bytes. */
  token?: string;
  /** How long a request body may take to arrive whole; 30 s unless a test sets it. */
  bodyTimeoutMs?: number;
}

export interface WebHost {
  /** The address to open, with the token in the fragment (never sent to the server or logs). */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;
// A 64 MiB import crosses the loopback in well under a second; 30 s is for a machine under load.
const BODY_TIMEOUT_MS = 30_000;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};
const SECURITY_HEADERS = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '', 'utf8');
  const expected = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return (
    origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
  );
}

class BodyTimeout extends Error {}

/** The body as text; a body not whole within `timeoutMs` is answered 408 and its connection closed. */
async function readBody(req: IncomingMessage, res: ServerResponse, timeoutMs: number): Promise<string> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    res.writeHead(408, { ...SECURITY_HEADERS, Connection: 'close' });
    res.end(() => req.destroy());
  }, timeoutMs);
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) throw new Error('body too large');
      chunks.push(chunk as Buffer);
    }
    if (timedOut) throw new BodyTimeout('request body too slow');
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    throw timedOut ? new BodyTimeout('request body too slow') : error;
  } finally {
    clearTimeout(timer);
  }
}

async function handleIpc(
  req: IncomingMessage,
  res: ServerResponse,
  channel: string,
  options: WebHostOptions & { token: string; port: number },
) {
  if (req.method !== 'POST') return sendJson(res, 405, fail('VALIDATION', 'use POST'));
  if (!tokenMatches(req.headers.authorization, options.token)) {
    return sendJson(res, 401, fail('UNAUTHORIZED', 'missing or wrong token'));
  }
  if (!isOwnOrigin(req.headers.origin, options.port)) {
    return sendJson(res, 403, fail('UNAUTHORIZED', 'the request comes from another origin'));
  }
  let input: unknown;
  try {
    const body = await readBody(req, res, options.bodyTimeoutMs ?? BODY_TIMEOUT_MS);
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch (error) {
    if (error instanceof BodyTimeout) return; // answered 408 already
    return sendJson(res, 400, fail('VALIDATION', 'request body is not JSON or is too large'));
  }
  // The page gets the window's channels only; demo data in bulk is the command line's.
  if (!isWindowChannel(channel)) return sendJson(res, 404, fail('UNKNOWN_CHANNEL', 'unknown channel'));
  sendJson(res, 200, await options.router.invoke(channel, input));
}

function decodePath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return null; // a malformed escape such as /%zz
  }
}

async function serveStatic(res: ServerResponse, staticDir: string, urlPath: string): Promise<void> {
  const relative = decodePath(urlPath);
  if (relative === null) {
    res.writeHead(400, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('bad request');
    return;
  }
  try {
    const root = await realpath(staticDir);
    const file = await realpath(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) throw new Error('outside');
    const body = await readFile(file);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('not found');
  }
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('hex');
  let port = 0;
  const server: Server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421, SECURITY_HEADERS);
      res.end();
      return;
    }
    const path = new URL(req.url ?? '/', `http://${host}`).pathname;
    const ipc = /^\/ipc\/([A-Za-z.]+)$/.exec(path);
    const work = ipc
      ? handleIpc(req, res, ipc[1]!, { ...options, token, port })
      : serveStatic(res, options.staticDir, path);
    work.catch(() => {
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'unexpected error'));
      else res.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
