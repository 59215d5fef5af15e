import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ClientInput } from '../../shared/features/clients';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningHost {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts `cli serve` on a fresh data dir, exactly as `npm run web` does, and waits for its URL.
 * `preload` CommonJS modules are required first (in the core's worker too) (a test's shifted clock) with `env` added.
 */
export async function startHost(
  options: { preload?: string[]; env?: Record<string, string> } = {},
): Promise<RunningHost & { pid: number }> {
  if (!existsSync(join(REPO_ROOT, 'out/renderer/index.html'))) {
    throw new Error('out/renderer is missing: the e2e script builds it first (npm run test:e2e)');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'advisordesk-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(options.preload ?? []).flatMap((module) => ['--require', module]),
      '--import',
      'tsx',
      join(REPO_ROOT, 'electron/cli/index.ts'),
      '--data-dir',
      dataDir,
      'serve',
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } },
  );
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir,
    pid: child.pid!,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium; a missing browser fails the run rather than skipping it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/install-test-deps.sh`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Unlocking runs scrypt (about a second, more on a busy CI machine): wait for what follows it. */
export const POLL = { timeout: 20_000, interval: 100 };

/** First-run setup through the screens; returns the recovery code that was shown. */
export async function firstRunSetup(page: Page, url: string, passphrase: string): Promise<string> {
  await page.goto(url);
  await page.getByTestId('setup-passphrase').fill(passphrase);
  await page.getByTestId('setup-confirm').fill(passphrase);
  await page.getByTestId('setup-submit').click();
  const code = (await page.getByTestId('recovery-code').innerText()).trim();
  await page.getByTestId('recovery-ack').check();
  await page.getByTestId('recovery-continue').click();
  await expect.poll(() => page.getByTestId('nav-clients').isVisible(), POLL).toBe(true);
  return code;
}

/** Calls a channel the way the renderer does, with the launch token from the host's URL. */
export async function callHost(host: RunningHost, channel: string, input: unknown): Promise<unknown> {
  const url = new URL(host.url);
  const token = url.hash.replace('#token=', '');
  const response = await fetch(new URL(`/ipc/${channel}`, url), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return response.json();
}

/** What a test says about a client it makes through the host; the rest is left empty. */
export type ClientFacts = Pick<ClientInput, 'name' | 'nationalId'> & Partial<ClientInput>;

/** Makes a client through the host's `clients.create`, as a page would, and returns its ID. */
export async function createClient(host: RunningHost, facts: ClientFacts): Promise<string> {
  const data: ClientInput = {
    birthDate: null,
    gender: 'F',
    phone: null,
    email: null,
    address: null,
    occupation: null,
    employer: null,
    annualIncomeTwd: null,
    investableAssets: [],
    sourceOfWealth: null,
    acquisitionSource: 'referral',
    status: 'active',
    advisor: null,
    tags: [],
    notes: null,
    household: [],
    ...facts,
  };
  const created = (await callHost(host, 'clients.create', { data })) as
    { ok: true; value: { id: string } } | { ok: false; error: unknown };
  if (!created.ok) throw new Error(`clients.create failed: ${JSON.stringify(created.error)}`);
  return created.value.id;
}
