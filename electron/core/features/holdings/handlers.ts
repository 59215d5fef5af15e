import { HOLDINGS_CHANNELS } from '../../../../shared/features/holdings';
import type { CoreContext } from '../../kernel/context';
import { WriteAfter, type FeatureHandlers } from '../../kernel/handlers';
import { HoldingsRepository } from './repository';
import { HoldingsService, type HoldingsDeps } from './service';

/** The holdings service over the open database, for this feature's handlers, the dossier and proposals. */
export function createHoldingsService(context: CoreContext, deps: HoldingsDeps): HoldingsService {
  return new HoldingsService(
    context.perDatabase((db) => new HoldingsRepository(db)),
    deps,
    () => context.fxRates(),
  );
}

export function createHoldingsHandlers(
  _context: CoreContext,
  holdings: HoldingsService,
): FeatureHandlers<typeof HOLDINGS_CHANNELS> {
  return {
    'holdings.get': ({ clientId }) => holdings.state(clientId),
    'holdings.addPosition': ({ clientId, version, data }) => holdings.addPosition(clientId, version, data),
    'holdings.updatePosition': ({ clientId, version, id, data }) =>
      holdings.updatePosition(clientId, version, id, data),
    'holdings.deletePosition': ({ clientId, version, id }) => holdings.deletePosition(clientId, version, id),
    'holdings.setCash': ({ clientId, version, data }) => holdings.setCash(clientId, version, data),
    'holdings.importCsv': ({ clientId, replace, csv }) => holdings.importCsv(clientId, replace, csv),
    // exceljs reads only asynchronously: read first, then write and audit in one unit of work.
    'holdings.importXlsx': ({ clientId, replace, xlsxBase64 }) =>
      new WriteAfter(
        holdings.readXlsx(xlsxBase64).then((table) => () => holdings.importTable(clientId, replace, table)),
      ),
    'holdings.exportCsv': ({ clientId }) => holdings.exportCsv(clientId),
  };
}
