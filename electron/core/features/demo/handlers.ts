import { DEMO_CHANNELS } from '../../../../shared/features/demo';
import { AppError } from '../../../../shared/ipc/result';
import type { ClientsService } from '../clients';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import { generateDemoClients } from './demo-clients';
import { DemoRepository } from './repository';

/**
 * Demo data for trying the app and for benchmarks, kept apart from client data: marked, refused
 * into a vault that holds real clients unless forced, and removable as a whole.
 */
export function createDemoHandlers(
  context: CoreContext,
  clients: ClientsService,
): FeatureHandlers<typeof DEMO_CHANNELS> {
  const demo = context.perDatabase((db) => new DemoRepository(db));
  return {
    'demo.seed': ({ count, seed, force }) => {
      const real = demo().realClientCount();
      if (real > 0 && !force) {
        throw new AppError('REAL_CLIENTS_PRESENT', 'the vault holds real clients; demo data was not added', {
          realClients: real,
        });
      }
      const generated = generateDemoClients(count, seed);
      // Demo data never collides with real clients: generated IDs already on file are left out.
      const fresh = generated.filter((row) => !clients.isNationalIdTaken(row.nationalId));
      demo().markDemo(clients.insertAll(fresh));
      return { added: fresh.length, skipped: generated.length - fresh.length };
    },
    'demo.purge': () => ({ removed: clients.removeMany(demo().demoIds()) }),
  };
}
