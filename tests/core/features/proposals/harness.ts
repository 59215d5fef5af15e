import { afterEach, beforeEach } from 'vitest';
import { createCore, REPO_ROOT, type Core } from '../../../../electron/core/app';
import { createDocumentRenderer } from '../../../../electron/core/documents/renderer';
import { createAssumptionsService } from '../../../../electron/core/features/capital-markets';
import { createClientsService } from '../../../../electron/core/features/clients';
import { createInvestorClassService } from '../../../../electron/core/features/investor-classes';
import { createKycService } from '../../../../electron/core/features/kyc';
import { createProductsService } from '../../../../electron/core/features/products';
import { createProposalsHandlers, proposalSourcesFrom } from '../../../../electron/core/features/proposals';
import { SettingsRepository } from '../../../../electron/core/features/settings';
import {
  createSuitabilityService,
  suitabilitySourcesFrom,
} from '../../../../electron/core/features/suitability';
import { AuditTrail } from '../../../../electron/core/kernel/audit-trail';
import { perDatabaseOf, type CoreContext } from '../../../../electron/core/kernel/context';
import type { Handlers } from '../../../../electron/core/kernel/handlers';
import { createRouter, type Router } from '../../../../electron/core/kernel/router';
import type { ClientData } from '../../../../shared/features/clients';
import type { Goal } from '../../../../shared/features/goals';
import type { HoldingsValuation } from '../../../../shared/features/holdings';
import { DEFAULT_QUESTIONNAIRE } from '../../../../shared/features/kyc';
import type { ProductInput } from '../../../../shared/features/products';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { clientData } from '../../db/fixtures';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import { modest } from '../../../shared/features/kyc/fixtures';
import { productInput } from '../products/fixtures';
import { resolve } from 'node:path';

const noHoldings = (clientId: string): HoldingsValuation => ({
  clientId,
  positions: [],
  cash: [],
  totalTwd: 0,
  missingRates: [],
  fxAsOf: '2026-11-30',
});

/** Holdings and goals the tests set (their features are built on other branches). */
export interface PlanningWorld {
  holdings: Map<string, HoldingsValuation>;
  goals: Map<string, Goal[]>;
}

/**
 * A real core over a fresh encrypted vault per test, with the proposals channels behind the
 * core's router policy, reading the real clients, KYC, classes, products and suitability
 * services, and small in-test holdings, goals (from `world`) and assumptions (the shipped file).
 */
export function proposalsKit(startAt = '2026-11-30T02:00:00Z') {
  const state = { dir: '', clock: 0, core: null as Core | null, router: null as Router | null };
  const world: PlanningWorld = { holdings: new Map(), goals: new Map() };
  beforeEach(async () => {
    world.holdings.clear();
    world.goals.clear();
    state.dir = makeTempDataDir();
    state.clock = Date.parse(startAt);
    const now = () => state.clock;
    const core = createCore({
      dataDir: state.dir,
      now,
      checkOutputs: true,
      logError: () => undefined,
      osUser: 'tester',
    });
    state.core = core;
    await kit.call('vault.setup', { passphrase: 'a long enough passphrase' });
    await kit.call('settings.update', { advisorName: '林顧問' });
    const perDatabase = perDatabaseOf(core.session);
    const settings = perDatabase((db) => new SettingsRepository(db));
    const context: CoreContext = {
      session: core.session,
      perDatabase,
      settings: () => settings().get(),
      fxRates: () => settings().get().fxRates,
      now,
      nowIso: () => new Date(now()).toISOString(),
      documents: createDocumentRenderer({ fontsDir: resolve(REPO_ROOT, 'resources/fonts') }),
      version: 'test',
      schemaVersion: 0,
    };
    const clients = createClientsService(context);
    const products = createProductsService(context);
    const kyc = createKycService(context, clients);
    const investorClasses = createInvestorClassService(context, clients);
    const sources = proposalSourcesFrom({
      clients,
      kyc,
      investorClasses,
      products,
      suitability: createSuitabilityService(
        context,
        suitabilitySourcesFrom({ clients, kyc, investorClasses, products }),
      ),
      holdings: {
        valuationOf: (clientId) => world.holdings.get(clientId) ?? noHoldings(clientId),
      },
      goals: { listOf: (clientId) => world.goals.get(clientId) ?? [] },
      assumptions: createAssumptionsService(context),
    });
    state.router = createRouter(
      createProposalsHandlers(
        context,
        sources,
        resolve(REPO_ROOT, 'resources/analytics'),
      ) as unknown as Handlers,
      {
        isUnlocked: () => core.session.isUnlocked(),
        unitOfWork: (work) => core.session.database().transaction(work)(),
        audit: (entry) =>
          new AuditTrail(core.session.database(), () => core.session.auditChainKey()).append(
            entry,
            context.nowIso(),
            {
              name: '林顧問',
              osUser: 'tester',
            },
          ),
        checkOutputs: true,
      },
    );
  });
  afterEach(() => {
    state.core?.close();
    removeTempDataDir(state.dir);
  });
  const invoke = (channel: Channel, input: unknown) =>
    channel.startsWith('proposals.')
      ? state.router!.invoke(channel, input)
      : state.core!.invoke(channel, input);
  const kit = {
    world,
    get core(): Core {
      return state.core!;
    },
    setNow(iso: string) {
      state.clock = Date.parse(iso);
    },
    async call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
      const result = await invoke(channel, input);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as ChannelOutput<C>;
    },
    async fail<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ErrorInfo> {
      const result = await invoke(channel, input);
      if (result.ok) throw new Error(`${channel} should have failed`);
      return result.error;
    },
    async addClient(overrides: Partial<ClientData> = {}): Promise<string> {
      const { nationalId, ...data } = clientData(overrides);
      return (await kit.call('clients.create', { data: { ...data, nationalId } })).id;
    },
    /** A confirmed KYC on the default questionnaire, taken today. */
    async addKyc(clientId: string, answers = modest(DEFAULT_QUESTIONNAIRE)): Promise<void> {
      const a = await kit.call('kyc.take', { clientId, answers });
      await kit.call('kyc.confirm', { assessmentId: a.id, method: 'seal', on: a.takenOn });
    },
    /** An approved product on the shelf. */
    async addProduct(overrides: Partial<ProductInput> = {}): Promise<string> {
      const created = await kit.call('products.create', { data: productInput(overrides) });
      await kit.call('products.setState', { id: created.id, version: created.version, state: 'approved' });
      return created.id;
    },
  };
  return kit;
}
