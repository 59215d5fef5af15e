import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SCHEMA_VERSION } from './db';
import { contract, isChannel, type Channel } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { createHandlers } from './ipc/handlers';
import { createRouter, type Router } from './kernel/router';
import { ClientsService } from './features/clients';
import { createRepositories, type CoreRepositories } from './services/repositories';
import type { DeviceKeyStore } from './vault/device-key-store';
import { VaultSession } from './vault/session';
import { createPdfRenderer } from './documents/dossier-pdf';
import { describeError } from './describe-error';

export type { DeviceKeyStore };

export interface CoreOptions {
  /** Where the key envelope and the encrypted database live. */
  dataDir: string;
  /** The CJK fonts for PDFs (resources/fonts). */
  fontsDir?: string | undefined;
  /** Milliseconds since the epoch; injected so tests control time (auto-lock, audit). */
  now?: () => number;
  /** Validate handler outputs against the contract (on in development and tests). */
  checkOutputs?: boolean;
  nativeBinding?: string | undefined;
  /** The OS keychain, for "remember on this computer" (Electron only). */
  deviceKeyStore?: DeviceKeyStore;
  /** Where unexpected errors go; messages never hold client data. */
  logError?: (message: string) => void;
}

export interface Core {
  router: Router;
  session: VaultSession;
  clients: ClientsService;
  /** Runs one channel as the UI would; the CLI and tests use this. */
  invoke(channel: Channel, input?: unknown): Promise<Result<unknown>>;
  close(): void;
}

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const DEFAULT_FONTS_DIR = resolve(REPO_ROOT, 'resources/fonts');

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Everything behind the IPC contract, with no Electron in sight. */
export function createCore(options: CoreOptions): Core {
  const now = options.now ?? Date.now;
  let repositories: CoreRepositories | null = null;

  const session = new VaultSession({
    dataDir: options.dataDir,
    now,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.deviceKeyStore ? { deviceKeyStore: options.deviceKeyStore } : {}),
    onLock: () => {
      repositories = null;
    },
  });
  const repos = (): CoreRepositories => {
    repositories ??= createRepositories(session.database());
    return repositories;
  };
  const clients = new ClientsService(repos, () => new Date(now()).toISOString());

  const handlers = createHandlers({
    session,
    repos,
    clients,
    pdf: createPdfRenderer({ fontsDir: options.fontsDir ?? DEFAULT_FONTS_DIR }),
    now,
    version: packageVersion(),
    schemaVersion: SCHEMA_VERSION,
  });

  const router = createRouter(handlers, {
    isUnlocked: () => session.isUnlocked(),
    checkOutputs: options.checkOutputs ?? process.env.NODE_ENV !== 'production',
    // Name and code only: an error's message may quote data.
    onInternalError: (channel, error) =>
      (options.logError ?? console.error)(`[core] ${channel}: ${describeError(error)}`),
  });

  const activityRouter: Router = {
    // Any call that needs the vault open counts as user activity for auto-lock.
    async invoke(channel, input) {
      const result = await router.invoke(channel, input);
      if (isChannel(channel) && contract[channel].needsUnlock && session.isUnlocked()) session.touch();
      return result;
    },
  };
  return {
    router: activityRouter,
    session,
    clients,
    invoke: (channel, input) => activityRouter.invoke(channel, input),
    close: () => session.lock(),
  };
}
