import { createCore, type Core } from '../../../../electron/core/app';
import { createClientsService } from '../../../../electron/core/features/clients';
import { SettingsRepository } from '../../../../electron/core/features/settings';
import {
  createSuitabilityHandlers,
  type SuitabilitySources,
} from '../../../../electron/core/features/suitability';
import type { Database } from '../../../../electron/core/db';
import { migration0010 } from '../../../../electron/core/db/migrations/0010-suitability';
import { AuditTrail } from '../../../../electron/core/kernel/audit-trail';
import { perDatabaseOf, type CoreContext } from '../../../../electron/core/kernel/context';
import type { Handlers } from '../../../../electron/core/kernel/handlers';
import { createRouter } from '../../../../electron/core/kernel/router';
import type { InvestorClass } from '../../../../shared/features/investor-classes';
import type { KycProfile } from '../../../../shared/features/kyc';
import type { SuitabilityProduct } from '../../../../shared/features/suitability';
import type { Channel, ChannelOutput } from '../../../../shared/ipc/contract';
import { AppError, type Result } from '../../../../shared/ipc/result';

export const PASSPHRASE = 'suitability test passphrase';

/**
 * The suitability tables on a branch whose migration list does not reach step 10 yet (steps 7-9
 * come from the kyc, classes and products branches): a no-op once the list is contiguous.
 */
export function ensureSuitabilityTables(db: Database): void {
  const present = db
    .prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'suitability_overrides'")
    .pluck()
    .get() as number;
  if (present === 0) migration0010.up(db);
}

/** What the other features' services would answer, set by each test. */
export interface FakeWorld {
  profiles: Map<string, KycProfile>;
  classes: Map<string, InvestorClass>;
  shelf: Map<string, SuitabilityProduct>;
}

/**
 * A real core over a real encrypted vault, plus the suitability channels behind the core's own
 * router policy (validation, one transaction per call, the declared audit entry in it), reading
 * clients from the real ClientsService and KYC, classes and products from `world`.
 */
export async function suitabilityCore(dir: string, now: () => number) {
  const core: Core = createCore({
    dataDir: dir,
    now,
    checkOutputs: true,
    logError: () => undefined,
    osUser: 'tester',
  });
  const setup = await core.invoke('vault.setup', { passphrase: PASSPHRASE });
  if (!setup.ok) throw new Error(setup.error.message);
  ensureSuitabilityTables(core.session.database());
  const perDatabase = perDatabaseOf(core.session);
  const settings = perDatabase((db) => new SettingsRepository(db));
  const context: CoreContext = {
    session: core.session,
    perDatabase,
    settings: () => settings().get(),
    fxRates: () => settings().get().fxRates,
    now,
    nowIso: () => new Date(now()).toISOString(),
    documents: null as never,
    version: 'test',
    schemaVersion: 0,
  };
  const clients = createClientsService(context);
  const world: FakeWorld = { profiles: new Map(), classes: new Map(), shelf: new Map() };
  const sources: SuitabilitySources = {
    client: (id) => clients.get(id),
    clientNames: (ids) => clients.namesOf(ids),
    profileOf: (id) => world.profiles.get(id) ?? null,
    classOn: (id) => world.classes.get(id) ?? 'general',
    productsByIds: (ids) =>
      ids.map((id) => {
        const product = world.shelf.get(id);
        if (!product) throw new AppError('NOT_FOUND', `no product with id ${id}`);
        return product;
      }),
  };
  const router = createRouter(createSuitabilityHandlers(context, sources) as unknown as Handlers, {
    isUnlocked: () => core.session.isUnlocked(),
    unitOfWork: (work) => core.session.database().transaction(work)(),
    audit: (entry) =>
      new AuditTrail(core.session.database(), () => core.session.auditChainKey()).append(
        entry,
        context.nowIso(),
        {
          name: settings().value('advisorName') || null,
          osUser: 'tester',
        },
      ),
    checkOutputs: true,
  });
  const invoke = (channel: Channel, input: unknown): Promise<Result<unknown>> =>
    channel.startsWith('suitability.') ? router.invoke(channel, input) : core.invoke(channel, input);
  return { core, world, invoke };
}

export async function valueOf<C extends Channel>(
  result: Promise<Result<unknown>>,
): Promise<ChannelOutput<C>> {
  const settled = await result;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
  return settled.value as ChannelOutput<C>;
}
