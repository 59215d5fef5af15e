import { REGULATORY_UPDATE_CHANNELS } from '../../../../shared/features/regulatory-updates';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import { RegulatoryUpdatesRepository } from './repository';
import { RegulatoryUpdatesService } from './service';

/** The log over the open database; `reader` names the session's advisor (app.ts's audit actor). */
export function createRegulatoryUpdatesService(
  context: CoreContext,
  reader: () => string,
): RegulatoryUpdatesService {
  return new RegulatoryUpdatesService(
    context.perDatabase((db) => new RegulatoryUpdatesRepository(db)),
    reader,
    () => context.now(),
  );
}

export function createRegulatoryUpdatesHandlers(
  updates: RegulatoryUpdatesService,
): FeatureHandlers<typeof REGULATORY_UPDATE_CHANNELS> {
  return {
    'regulatory.list': (filter) => updates.list(filter),
    'regulatory.add': ({ data }) => updates.add(data),
    'regulatory.edit': ({ id, version, data }) => updates.edit(id, version, data),
    'regulatory.attach': ({ id, version, file }) => updates.attach(id, version, file),
    'regulatory.attachment': ({ id }) => updates.attachment(id),
    'regulatory.acknowledge': ({ id }) => updates.acknowledge(id),
    'regulatory.unread': () => ({ count: updates.unreadCount() }),
  };
}
