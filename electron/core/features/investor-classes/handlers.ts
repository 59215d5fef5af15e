import type { INVESTOR_CLASS_CHANNELS } from '../../../../shared/features/investor-classes';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import type { ClientsService } from '../clients';
import { InvestorClassRepository } from './repository';
import { InvestorClassService } from './service';

/** The investor-class service over the open database, for this feature's handlers and for suitability. */
export function createInvestorClassService(
  context: CoreContext,
  clients: ClientsService,
): InvestorClassService {
  return new InvestorClassService(
    context.perDatabase((db) => new InvestorClassRepository(db)),
    clients,
    () => context.settings(),
    () => context.now(),
  );
}

export function createInvestorClassHandlers(
  _context: CoreContext,
  service: InvestorClassService,
): FeatureHandlers<typeof INVESTOR_CLASS_CHANNELS> {
  return {
    'classes.list': ({ clientId }) => ({ applications: service.list(clientId) }),
    'classes.current': ({ clientId, day }) => service.current(clientId, day),
    'classes.apply': (input) => service.apply(input),
    'classes.addEvidence': (input) => service.addEvidence(input),
    'classes.activate': (input) => service.activate(input),
    'classes.revert': (input) => service.revert(input),
  };
}
