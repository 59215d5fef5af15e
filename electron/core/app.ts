import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { contract, isChannel, type Channel } from '../../shared/ipc/contract';
import { VAULT_EVENTS } from '../../shared/features/vault';
import type { AuditEvent } from '../../shared/ipc/define';
import type { Result } from '../../shared/ipc/result';
import { damagedDatabase, isWriteRefused, migrate, SCHEMA_VERSION, type Database } from './db';
import { createDocumentRenderer } from './documents/renderer';
import { createAuditHandlers } from './features/audit';
import {
  createClientDeletionService,
  createClientMergeService,
  createClientsHandlers,
  createClientsService,
  clientsPersonalData,
  type ClientDeletionService,
} from './features/clients';
import { createDemoHandlers } from './features/demo';
import { createProductsHandlers, createProductsService } from './features/products';
import { createKycHandlers, createKycService, kycListFacet, kycPersonalData } from './features/kyc';
import {
  createInvestorClassHandlers,
  createInvestorClassService,
  investorClassPersonalData,
} from './features/investor-classes';
import { createSettingsHandlers, SettingsRepository } from './features/settings';
import {
  createProposalDraftEraser,
  createProposalsHandlers,
  createProposalsMerger,
  proposalSourcesFrom,
  proposalsPersonalData,
} from './features/proposals';
import {
  createSuitabilityHandlers,
  createSuitabilityService,
  suitabilityChecksPersonalData,
  suitabilityPersonalData,
  suitabilitySourcesFrom,
} from './features/suitability';
import { createVaultHandlers } from './features/vault';
import { createHoldingsHandlers, createHoldingsService, holdingsPersonalData } from './features/holdings';
import { createMarketDataHandlers, createMarketDataService } from './features/market-data';
import { shelfFilterSchema } from '../../shared/features/products';
import { createGoalsHandlers, createGoalsService, goalsPersonalData } from './features/goals';
import {
  createEscalationsHandlers,
  createEscalationsService,
  escalationsPersonalData,
  feedbackPersonalData,
} from './features/escalations';
import { createPipelineHandlers, createPipelineService, pipelinePersonalData } from './features/pipeline';
import { bookSnapshotsPersonalData, createReportsHandlers, createReportsService } from './features/reports';
import {
  createTiersHandlers,
  createTiersService,
  tiersListFacets,
  tiersPersonalData,
} from './features/tiers';
import { createAssumptionsHandlers, createAssumptionsService } from './features/capital-markets';
import {
  auditChainSource,
  backupSource,
  daysSince,
  compliancePath,
  complaintsPersonalData,
  createComplianceHandlers,
  createComplianceService,
  dataRequestsPersonalData,
  kycDueSource,
  overdueSource,
  overridesSource,
} from './features/compliance';
import {
  createBackupHandlers,
  createBackupService,
  startBackupScheduler,
  type BackupService,
} from './features/backup';
import {
  briefingsPersonalData,
  createBriefingsHandlers,
  createBriefingsService,
  marketDataReader,
} from './features/briefings';
import {
  createInformationRecordsHandlers,
  createInformationRecordsService,
  informationGivenPersonalData,
} from './features/information-records';
import {
  createRegulatoryUpdatesHandlers,
  createRegulatoryUpdatesService,
} from './features/regulatory-updates';
import {
  activitiesPersonalData,
  activitiesBookSource,
  activitiesServicePlanSource,
  createActivitiesHandlers,
  createActivitiesService,
  followUpsPersonalData,
} from './features/activities';
import { describeError } from './describe-error';
import { AuditTrail, type Actor, type NewAuditEntry } from './kernel/audit-trail';
import {
  chainHead,
  createAuditChainService,
  deriveAuditChainKey,
  sealUnchainedTrail,
  type AuditChainService,
} from './kernel/audit-chain';
import { perDatabaseOf, type CoreContext } from './kernel/context';
import type { Handlers } from './kernel/handlers';
import type { PersonalDataSource } from './kernel/personal-data';
import type { ClientMerger } from './kernel/client-merger';
import { createRouter, type Router } from './kernel/router';
import type { DeviceKeyStore } from './vault/device-key-store';
import { VaultSession } from './vault/session';

export type { DeviceKeyStore, AuditChainService, ClientDeletionService };

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
  /**
   * Load the PDF fonts and start the chart worker after each unlock, in the background (the app
   * does; a one-command CLI run does not).
   */
  prepareDocuments?: boolean;
}

export interface Core {
  router: Router;
  session: VaultSession;
  /** `status()` for the compliance dashboard; the scheduler's tick. */
  backup: BackupService;
  /** The audit trail's hash chain: head and check (dashboard, backups). */
  auditChain: AuditChainService;
  /** Client deletion with retention (feat-compliance's data-request delete calls it). */
  clientDeletion: ClientDeletionService;
  /** Runs one channel as the UI would; the CLI and tests use this. */
  invoke(channel: Channel, input?: unknown): Promise<Result<unknown>>;
  close(): void;
}

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const DEFAULT_FONTS_DIR = resolve(REPO_ROOT, 'resources/fonts');
const ANALYTICS_DIR = resolve(REPO_ROOT, 'resources/analytics');
const RESOURCES_DIR = resolve(REPO_ROOT, 'resources');

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

  const documents = createDocumentRenderer({ fontsDir: options.fontsDir ?? DEFAULT_FONTS_DIR });
  const session: VaultSession = new VaultSession({
    dataDir: options.dataDir,
    now,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.deviceKeyStore ? { deviceKeyStore: options.deviceKeyStore } : {}),
    events: {
      beforeLock: (reason) => recordEvent(reason === 'idle' ? VAULT_EVENTS.autoLock : VAULT_EVENTS.lock),
      afterUnlock: (failures) => {
        for (const at of failures) recordEvent(VAULT_EVENTS.unlockFailed, at);
        // After the unlock has answered: the fonts' parsing would otherwise delay it.
        if (options.prepareDocuments) {
          setTimeout(() => {
            documents.prepare().catch((error: unknown) => {
              logError(`[core] preparing documents: ${describeError(error)}`);
            });
          }, 0);
        }
      },
    },
    onEventError: (error) => logError(`[core] vault event: ${describeError(error)}`),
  });
  const perDatabase = perDatabaseOf(session);
  const settings = perDatabase((db) => new SettingsRepository(db));
  const auditChainKey = () => session.auditChainKey();
  const auditTrail = perDatabase((db) => new AuditTrail(db, auditChainKey));
  const auditChain = createAuditChainService(() => session.database(), auditChainKey);
  const unitOfWork = <T>(work: () => T): T => {
    try {
      return session.database().transaction(work)();
    } catch (error) {
      // A damaged database takes no writes: say so, and where to restore from.
      if (isWriteRefused(error) && session.isDamaged()) throw damagedDatabase();
      throw error;
    }
  };
  const actor = (): Actor => ({ name: settings().value('advisorName') || null, osUser });
  /** The session's advisor in one word: who gave information, who read an update. */
  const sessionAdvisor = (): string => actor().name ?? actor().osUser ?? '';
  const appendAudit = (entry: NewAuditEntry, at = nowIso()) => auditTrail().append(entry, at, actor());
  const recordEvent = (event: AuditEvent, at?: string) =>
    unitOfWork(() =>
      appendAudit({ action: event.action, entity: event.entity, entityId: null, detail: null }, at),
    );
  /**
   * An event written into another database than the open one (a vault being restored), chained
   * under that database's own key: brought to this schema and sealed first, as an unlock would.
   */
  const recordEventInto = (db: Database, event: AuditEvent, dataKey: Buffer) => {
    migrate(db);
    const chainKey = deriveAuditChainKey(dataKey);
    try {
      sealUnchainedTrail(db, chainKey);
      db.transaction(() =>
        new AuditTrail(db, () => chainKey).append(
          { action: event.action, entity: event.entity, entityId: null, detail: null },
          nowIso(),
          { name: new SettingsRepository(db).value('advisorName') || null, osUser },
        ),
      )();
    } finally {
      chainKey.fill(0);
    }
  };

  const context: CoreContext = {
    session,
    perDatabase,
    settings: () => settings().get(),
    // marketData is made below, before any call.
    fxRates: () => marketData.fxRates(),
    now,
    nowIso,
    documents,
    version: packageVersion(),
    schemaVersion: SCHEMA_VERSION,
  };
  // The dossier's asset summary comes from holdings when there are any; holdings is made below,
  // and so are the list filters other features answer (clientListFacets).
  const clients = createClientsService(
    context,
    (clientId) => holdings.assetsOf(clientId),
    () => clientListFacets,
  );
  const products = createProductsService(context);
  const marketData = createMarketDataService(
    context,
    RESOURCES_DIR,
    () => products.list(shelfFilterSchema.parse({})).items,
  );
  const holdings = createHoldingsService(context, { clients, products });
  const kyc = createKycService(context, clients);
  const investorClasses = createInvestorClassService(context, clients);
  const goals = createGoalsService(context, clients);
  const assumptions = createAssumptionsService(context);
  const activities = createActivitiesService(context, clients);
  const tiers = createTiersService(context, {
    clients,
    holdings,
    investorClasses,
    kyc,
    activities: activitiesServicePlanSource(activities),
  });
  const clientListFacets = [...tiersListFacets(tiers, () => context.settings()), kycListFacet(kyc)];
  const suitabilitySources = suitabilitySourcesFrom({ clients, kyc, investorClasses, products });
  const suitability = createSuitabilityService(context, suitabilitySources);
  const proposalSources = proposalSourcesFrom({
    clients,
    kyc,
    investorClasses,
    products,
    suitability,
    holdings,
    goals,
    assumptions,
  });

  const briefings = createBriefingsService(context, {
    clients,
    kyc,
    products,
    holdings,
    assumptions,
    market: marketDataReader(marketData),
  });

  const compliance = createComplianceService(context, {
    clients,
    products,
    investorClasses,
    // Made below, beside the personal-data sources.
    deletion: { deleteClient: (clientId, reason) => clientDeletion.deleteClient(clientId, reason) },
  });

  const informationRecords = createInformationRecordsService(context, { clients, advisor: sessionAdvisor });
  const regulatoryUpdates = createRegulatoryUpdatesService(context, sessionAdvisor);
  const escalations = createEscalationsService(context, { clients, products });
  const pipeline = createPipelineService(context, { clients });
  const reports = createReportsService(context, {
    clients,
    tiers,
    activities: { ...activitiesBookSource(context), lastContacts: () => activities.lastContacts() },
    pipeline,
    escalations,
  });

  // A client's personal data, feature by feature. A feature that holds personal data adds a line to
  // the lists: an eraser when deletion removes it (kept records have none), a source so a copy
  // request (privacy.copyPackage) gives the client all of it, and a merger that moves its rows when
  // a duplicate dossier is merged into the one kept (clients.merge).
  const clientDeletion = createClientDeletionService(context, [
    (clientId) => holdings.eraseClient(clientId),
    (clientId) => goals.eraseClient(clientId),
    (clientId) => tiers.eraseClient(clientId),
    createProposalDraftEraser(context),
    (clientId) => briefings.repository().eraseClient(clientId),
    (clientId) => escalations.eraseClient(clientId),
    (clientId) => pipeline.eraseClient(clientId),
    (clientId) => reports.eraseClient(clientId),
    (clientId) => activities.eraseClient(clientId),
  ]);
  const clientMergers: readonly ClientMerger[] = [
    { feature: 'activities', merge: (from, into) => activities.mergeClient(from, into) },
    { feature: 'holdings', merge: (from, into) => holdings.mergeClient(from, into) },
    createProposalsMerger(context),
    { feature: 'goals', merge: (from, into) => goals.mergeClient(from, into) },
    { feature: 'kyc', merge: (from, into) => kyc.mergeClient(from, into) },
    { feature: 'investorClasses', merge: (from, into) => investorClasses.mergeClient(from, into) },
    { feature: 'suitability', merge: (from, into) => suitability.mergeClient(from, into) },
    {
      feature: 'tiers',
      merge: (from, into) => tiers.mergeClient(from, into),
      settle: (into) => tiers.recomputeClient(into),
    },
    { feature: 'pipeline', merge: (from, into) => pipeline.mergeClient(from, into) },
    { feature: 'escalations', merge: (from, into) => escalations.mergeClient(from, into) },
    { feature: 'informationRecords', merge: (from, into) => informationRecords.mergeClient(from, into) },
    { feature: 'briefings', merge: (from, into) => briefings.repository().mergeClient(from, into) },
    { feature: 'compliance', merge: (from, into) => compliance.mergeClient(from, into) },
    { feature: 'reports', merge: (from, into) => reports.mergeClient(from, into) },
  ];
  const clientMerge = createClientMergeService(context, clients, clientMergers);
  const personalData: readonly PersonalDataSource[] = [
    clientsPersonalData(context, clients),
    kycPersonalData(kyc),
    investorClassPersonalData(investorClasses),
    holdingsPersonalData(holdings),
    goalsPersonalData(goals),
    tiersPersonalData(tiers),
    suitabilityChecksPersonalData(suitability),
    suitabilityPersonalData(suitability),
    proposalsPersonalData(context, proposalSources),
    complaintsPersonalData(compliance),
    dataRequestsPersonalData(compliance),
    briefingsPersonalData(briefings.repository),
    informationGivenPersonalData(informationRecords),
    feedbackPersonalData(escalations),
    escalationsPersonalData(escalations),
    pipelinePersonalData(pipeline),
    activitiesPersonalData(activities),
    followUpsPersonalData(activities),
    bookSnapshotsPersonalData(reports),
  ];
  const backup = createBackupService(context, {
    dataDir: options.dataDir,
    nativeBinding: options.nativeBinding,
    auditHeadOf: chainHead,
    recordEvent: (event) => recordEvent(event),
    recordEventInto,
  });
  const stopBackupScheduler = options.scheduleBackups
    ? startBackupScheduler(
        () => backup.runScheduledIfDue(),
        (error) => logError(`[core] scheduled backup: ${describeError(error)}`),
      )
    : () => undefined;

  // The compliance dashboard's cards, one source per line (issue 12 adds contacts and escalations).
  const complianceDashboard = [
    kycDueSource(kyc),
    overridesSource(suitability),
    overdueSource('complaintsOpen', compliancePath('complaints'), () =>
      compliance.complaints({ state: 'open' }).map((c) => ({ overdue: c.replyOverdue })),
    ),
    overdueSource('dataRequestsOpen', compliancePath('data-requests'), () =>
      compliance.dataRequests({ openOnly: true }),
    ),
    overdueSource('escalationsOpen', '/escalations', () => escalations.unresolved()),
    auditChainSource(auditChain),
    backupSource(backup, (at) => daysSince(at, now(), context.settings().timeZone), '/settings'),
  ];

  // One line per feature: a missing or extra channel fails to compile.
  const handlers = {
    ...createVaultHandlers(context),
    ...createClientsHandlers(context, clients, clientDeletion, clientMerge),
    ...createSettingsHandlers(context),
    ...createAuditHandlers(context, clients, auditChain),
    ...createDemoHandlers(context, clients),
    ...createProductsHandlers(context, products),
    ...createKycHandlers(context, kyc),
    ...createSuitabilityHandlers(context, suitabilitySources),
    ...createInvestorClassHandlers(context, investorClasses),
    ...createHoldingsHandlers(context, holdings),
    ...createGoalsHandlers(goals),
    ...createAssumptionsHandlers(assumptions),
    ...createProposalsHandlers(context, proposalSources, ANALYTICS_DIR),
    ...createComplianceHandlers(context, {
      compliance,
      personalData,
      dashboard: complianceDashboard,
    }),
    ...createBackupHandlers(context, backup),
    ...createMarketDataHandlers(context, marketData),
    ...createBriefingsHandlers(context, briefings),
    ...createInformationRecordsHandlers(context, informationRecords),
    ...createRegulatoryUpdatesHandlers(regulatoryUpdates),
    ...createEscalationsHandlers(escalations),
    ...createPipelineHandlers(pipeline),
    ...createReportsHandlers(context, reports),
    ...createTiersHandlers(tiers),
    ...createActivitiesHandlers(activities),
  } satisfies Handlers;

  const router = createRouter(handlers, {
    isUnlocked: () => session.isUnlocked(),
    unitOfWork,
    audit: (entry) => appendAudit(entry),
    checkOutputs: options.checkOutputs ?? process.env.NODE_ENV !== 'production',
    // Name and code only: an error's message may quote data.
    onInternalError: (channel, error) => logError(`[core] ${channel}: ${describeError(error)}`),
    onStorageFailure: (failure) => {
      if (failure.code === 'DB_CORRUPT') session.markDamaged();
    },
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
    auditChain,
    clientDeletion,
    invoke: (channel, input) => activityRouter.invoke(channel, input),
    close: () => {
      stopBackupScheduler();
      session.lock();
    },
  };
}
