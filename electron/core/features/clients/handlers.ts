import { CLIENT_CHANNELS, type AssetsFromHoldings } from '../../../../shared/features/clients';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import { dossierPdfFileName } from './dossier-file-name';
import { createDossierRenderer } from './dossier-pdf';
import { ClientsRepository } from './repository';
import { ClientsService } from './service';

/**
 * The clients service over the open database, for this feature's handlers and for other features.
 * `assetsFromHoldings` (from app.ts) gives the dossier its asset summary from the client's holdings.
 */
export function createClientsService(
  context: CoreContext,
  assetsFromHoldings?: (clientId: string) => AssetsFromHoldings | null,
): ClientsService {
  return new ClientsService(
    context.perDatabase((db) => new ClientsRepository(db)),
    () => context.settings(),
    () => context.nowIso(),
    assetsFromHoldings,
  );
}

export function createClientsHandlers(
  context: CoreContext,
  clients: ClientsService,
): FeatureHandlers<typeof CLIENT_CHANNELS> {
  const dossier = createDossierRenderer(context.documents);
  return {
    'clients.list': (query) => clients.list(query),
    'clients.get': ({ id }) => clients.get(id),
    'clients.create': ({ data }) => clients.create(data),
    'clients.update': ({ id, version, data }) => clients.update(id, version, data),
    'clients.revealNationalId': ({ id }) => ({ nationalId: clients.revealNationalId(id) }),
    'clients.importCsv': ({ csv }) => ({ imported: clients.importCsv(csv) }),
    'clients.exportCsv': ({ includeNationalId }) => clients.exportCsv(includeNationalId),
    'clients.dossierPdf': async ({ id }) => {
      const client = clients.get(id);
      const generatedAt = new Date(context.now());
      const settings = context.settings();
      const bytes = await dossier.renderClientDossier({ client, settings, generatedAt });
      return {
        fileName: dossierPdfFileName(client.name, generatedAt, settings.timeZone),
        pdfBase64: bytes.toString('base64'),
      };
    },
  };
}
