import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SCHEMA_VERSION } from './db';
import { contract, isChannel, type Channel } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { createRouter, type Handlers, type Router } from './ipc/router';
import { ClientsService } from './services/clients-service';
import { createRepositories, type CoreRepositories } from './services/repositories';
import type { DeviceKeyStore } from './services/device-key-store';

export type { DeviceKeyStore };
import { VaultSession } from './services/vault-session';
import { createPdfRenderer } from './pdf/dossier-pdf';

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
  const nowIso = () => new Date(now()).toISOString();
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
  const afterUnlock = () => session.setAutoLockMinutes(repos().settings.get().autoLockMinutes);
  const clients = new ClientsService(repos, nowIso);
  const pdf = createPdfRenderer({ fontsDir: options.fontsDir ?? DEFAULT_FONTS_DIR });
  const version = packageVersion();

  const handlers: Handlers = {
    'app.info': () => ({ version, schemaVersion: SCHEMA_VERSION }),
    'vault.status': () => ({
      state: session.state(),
      retryAfter: session.retryAfter()?.toISOString() ?? null,
      autoLockMinutes: session.autoLockMinutes(),
      deviceUnlockAvailable: session.deviceUnlockAvailable(),
      deviceRemembered: session.deviceRemembered(),
    }),
    'vault.setup': async ({ passphrase }) => {
      const recoveryCode = await session.setup(passphrase);
      afterUnlock();
      repos().audit.append({
        action: 'vault.setup',
        entity: 'vault',
        entityId: null,
        detail: null,
        at: nowIso(),
      });
      return { recoveryCode };
    },
    'vault.unlock': async ({ passphrase, remember }) => {
      await session.unlock(passphrase, remember);
      afterUnlock();
      return {};
    },
    'vault.unlockWithDevice': () => {
      session.unlockWithDevice();
      afterUnlock();
      return {};
    },
    'vault.forgetDevice': () => {
      session.forgetDevice();
      return {};
    },
    'vault.recover': async ({ recoveryCode, newPassphrase }) => {
      await session.recover(recoveryCode, newPassphrase);
      afterUnlock();
      repos().audit.append({
        action: 'vault.recover',
        entity: 'vault',
        entityId: null,
        detail: null,
        at: nowIso(),
      });
      return {};
    },
    'vault.changePassphrase': async ({ currentPassphrase, newPassphrase }) => {
      await session.changePassphrase(currentPassphrase, newPassphrase);
      repos().audit.append({
        action: 'vault.change_passphrase',
        entity: 'vault',
        entityId: null,
        detail: null,
        at: nowIso(),
      });
      return {};
    },
    'vault.lock': () => {
      session.lock();
      return {};
    },
    'vault.touch': () => ({}),
    'clients.list': (query) => clients.list(query),
    'clients.get': ({ id }) => clients.get(id),
    'clients.create': ({ data }) => clients.create(data),
    'clients.update': ({ id, version: expected, data }) => clients.update(id, expected, data),
    'clients.revealNationalId': ({ id }) => ({ nationalId: clients.revealNationalId(id) }),
    'clients.importCsv': ({ csv }) => ({ imported: clients.importCsv(csv) }),
    'clients.exportCsv': ({ includeNationalId }) => clients.exportCsv(includeNationalId),
    'clients.dossierPdf': async ({ id }) => {
      const client = clients.get(id);
      const generatedAt = new Date(now());
      const bytes = await pdf.renderClientDossier({ client, settings: repos().settings.get(), generatedAt });
      repos().audit.append({
        action: 'client.print',
        entity: 'client',
        entityId: id,
        detail: 'dossier pdf',
        at: nowIso(),
      });
      const day = generatedAt.toISOString().slice(0, 10);
      return { fileName: `client-dossier-${id.slice(0, 8)}-${day}.pdf`, pdfBase64: bytes.toString('base64') };
    },
    'settings.get': () => repos().settings.get(),
    'settings.update': (patch) => {
      const settings = repos().settings.update(patch);
      session.setAutoLockMinutes(settings.autoLockMinutes);
      repos().audit.append({
        action: 'settings.update',
        entity: 'settings',
        entityId: null,
        detail: Object.keys(patch).sort().join(','),
        at: nowIso(),
      });
      return settings;
    },
    'audit.list': ({ offset, limit }) => repos().audit.list(offset, limit),
  };

  const router = createRouter(handlers, {
    isUnlocked: () => session.isUnlocked(),
    checkOutputs: options.checkOutputs ?? process.env.NODE_ENV !== 'production',
    onInternalError: (channel, error) =>
      (options.logError ?? console.error)(
        `[core] ${channel}: ${error instanceof Error ? error.name : 'error'} ${error instanceof Error ? error.message : ''}`,
      ),
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
