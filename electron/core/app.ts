import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { contract, isChannel, type Channel } from '../../shared/ipc/contract';
import { VAULT_EVENTS } from '../../shared/features/vault';
import type { AuditEvent } from '../../shared/ipc/define';
import type { Result } from '../../shared/ipc/result';
import { SCHEMA_VERSION, type Database } from './db';
import { createDocumentRenderer } from './documents/renderer';
import { createAuditHandlers } from './features/audit';
import { createClientsHandlers, createClientsService } from './features/clients';
import { createDemoHandlers } from './features/demo';
import { createProductsHandlers, createProductsService } from './features/products';
import { createKycHandlers, createKycService } from './features/kyc';
import { createInvestorClassHandlers, createInvestorClassService } from './features/investor-classes';
import { createSettingsHandlers, SettingsRepository } from './features/settings';
import { createProposalsHandlers, proposalSourcesFrom } from './features/proposals';
import {
  createSuitabilityHandlers,
  createSuitabilityService,
  suitabilitySourcesFrom,
} from './features/suitability';
import { createVaultHandlers } from './features/vault';
import { createHoldingsHandlers, createHoldingsService } from './features/holdings';
import { createGoalsHandlers, createGoalsService } from './features/goals';
import { createAssumptionsHandlers, createAssumptionsService } from './features/capital-markets';
import {
  createBackupHandlers,
  createBackupService,
  startBackupScheduler,
  type BackupService,
} from './features/backup';
import { describeError } from './describe-error';
import { AuditTrail, type Actor, type NewAuditEntry } from './kernel/audit-trail';
import { perDatabaseOf, type CoreContext } from './kernel/context';
import type { Handlers } from './kernel/handlers';
import { createRouter, type Router } from './kernel/router';
import type { DeviceKeyStore } from './vault/device-key-store';
import { VaultSession } from './vault/session';

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
  /** The operating-system user named in the audit trail (default: the current one). */
  osUser?: string | null;
  /** Run scheduled backups (the core worker of the app and of `cli serve`; not one-shot CLI runs). */
  scheduleBackups?: boolean;
}

export interface Core {
  router: Router;
  session: VaultSession;
  /** `status()` for the compliance dashboard; the scheduler's tick. */
  backup: BackupService;
  /** Runs one channel as the UI would; the CLI and tests use this. */
  invoke(channel: Channel, input?: unknown): Promise<Result<unknown>>;
  close(): void;
}

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const DEFAULT_FONTS_DIR = resolve(REPO_ROOT, 'resources/fonts');
const ANALYTICS_DIR = resolve(REPO_ROOT, 'resources/analytics');

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function currentOsUser(): string | null {
  try {
    return userInfo().username;
  } catch {
    return null;
  }
}

/** Everything behind the IPC contract, with no Electron in sight. */
export function createCore(options: CoreOptions): Core {
  const now = options.now ?? Date.now;
  const nowIso = () => new Date(now()).toISOString();
  const logError = options.logError ?? console.error;
  const osUser = options.osUser === undefined ? currentOsUser() : options.osUser;

  const session: VaultSession = new VaultSession({
    dataDir: options.dataDir,
    now,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.deviceKeyStore ? { deviceKeyStore: options.deviceKeyStore } : {}),
    events: {
      beforeLock: (reason) => recordEvent(reason === 'idle' ? VAULT_EVENTS.autoLock : VAULT_EVENTS.lock),
      afterUnlock: (failures) => {
        for (const at of failures) recordEvent(VAULT_EVENTS.unlockFailed, at);
      },
    },
    onEventError: (error) => logError(`[core] vault event: ${describeError(error)}`),
  });
  const perDatabase = perDatabaseOf(session);
  const settings = perDatabase((db) => new SettingsRepository(db));
  const auditTrail = perDatabase((db) => new AuditTrail(db));
  const unitOfWork = <T>(work: () => T): T => session.database().transaction(work)();
  const actor = (): Actor => ({ name: settings().value('advisorName') || null, osUser });
  const appendAudit = (entry: NewAuditEntry, at = nowIso()) => auditTrail().append(entry, at, actor());
  const recordEvent = (event: AuditEvent, at?: string) =>
    unitOfWork(() =>
      appendAudit({ action: event.action, entity: event.entity, entityId: null, detail: null }, at),
    );
  /** An event written into another database than the open one (a vault being restored). */
  const recordEventInto = (db: Database, event: AuditEvent) =>
    new AuditTrail(db).append(
      { action: event.action, entity: event.entity, entityId: null, detail: null },
      nowIso(),
      { name: new SettingsRepository(db).value('advisorName') || null, osUser },
    );

  const context: CoreContext = {
    session,
    perDatabase,
    settings: () => settings().get(),
    now,
    nowIso,
    documents: createDocumentRenderer({ fontsDir: options.fontsDir ?? DEFAULT_FONTS_DIR }),
    version: packageVersion(),
    schemaVersion: SCHEMA_VERSION,
  };
  // The dossier's asset summary comes from holdings when there are any; holdings is made below.
  const clients = createClientsService(context, (clientId) => holdings.assetsOf(clientId));
  const products = createProductsService(context);
  const holdings = createHoldingsService(context, { clients, products });
  const kyc = createKycService(context, clients);
  const investorClasses = createInvestorClassService(context, clients);
  const goals = createGoalsService(context, clients);
  const assumptions = createAssumptionsService(context);
  const suitabilitySources = suitabilitySourcesFrom({ clients, kyc, investorClasses, products });
  const proposalSources = proposalSourcesFrom({
    clients,
    kyc,
    investorClasses,
    products,
    suitability: createSuitabilityService(context, suitabilitySources),
    holdings,
    goals,
    assumptions,
  });

  const backup = createBackupService(context, {
    dataDir: options.dataDir,
    nativeBinding: options.nativeBinding,
    // Wiring point for feat-audit-chain: `chainHead` (kernel/audit-chain.ts) goes here once merged.
    auditHeadOf: () => null,
    recordEvent: (event) => recordEvent(event),
    recordEventInto,
  });
  const stopBackupScheduler = options.scheduleBackups
    ? startBackupScheduler(
        () => backup.runScheduledIfDue(),
        (error) => logError(`[core] scheduled backup: ${describeError(error)}`),
      )
    : () => undefined;

  // One line per feature: a missing or extra channel fails to compile.
  const handlers = {
    ...createVaultHandlers(context),
    ...createClientsHandlers(context, clients),
    ...createSettingsHandlers(context),
    ...createAuditHandlers(context, clients),
    ...createDemoHandlers(context, clients),
    ...createProductsHandlers(context, products),
    ...createKycHandlers(context, kyc),
    ...createSuitabilityHandlers(context, suitabilitySources),
    ...createInvestorClassHandlers(context, investorClasses),
    ...createHoldingsHandlers(context, holdings),
    ...createGoalsHandlers(goals),
    ...createAssumptionsHandlers(assumptions),
    ...createProposalsHandlers(context, proposalSources, ANALYTICS_DIR),
    ...createBackupHandlers(context, backup),
  } satisfies Handlers;

  const router = createRouter(handlers, {
    isUnlocked: () => session.isUnlocked(),
    unitOfWork,
    audit: (entry) => appendAudit(entry),
    checkOutputs: options.checkOutputs ?? process.env.NODE_ENV !== 'production',
    // Name and code only: an error's message may quote data.
    onInternalError: (channel, error) => logError(`[core] ${channel}: ${describeError(error)}`),
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
    backup,
    invoke: (channel, input) => activityRouter.invoke(channel, input),
    close: () => {
      stopBackupScheduler();
      session.lock();
    },
  };
}
