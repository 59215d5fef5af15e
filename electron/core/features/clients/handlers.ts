import { CLIENT_CHANNELS, type AssetsFromHoldings } from '../../../../shared/features/clients';
import { AppError } from '../../../../shared/ipc/result';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import { dossierPdfFileName } from './dossier-file-name';
import { createDossierRenderer } from './dossier-pdf';
import { ClientDeletionService, type PersonalDataEraser } from './deletion';
import type { ClientListFacet } from './facets';
import { ClientArchive } from './archive';
import { ClientMergeService, MergedDuplicates } from './merge';
import type { ClientMerger } from '../../kernel/client-merger';
import { ClientsRepository } from './repository';
import { ClientsService } from './service';
import { ClientTombstones } from './tombstones';

/**
 * The clients service over the open database, for this feature's handlers and for other features.
 * `assetsFromHoldings` (from app.ts) gives the dossier its asset summary from the client's holdings;
 * `facets` (from app.ts) are the list filters other features answer.
 */
export function createClientsService(
  context: CoreContext,
  assetsFromHoldings?: (clientId: string) => AssetsFromHoldings | null,
  facets?: () => readonly ClientListFacet[],
): ClientsService {
  return new ClientsService(
    context.perDatabase((db) => new ClientsRepository(db)),
    () => context.settings(),
    () => context.fxRates(),
    () => context.nowIso(),
    assetsFromHoldings,
    facets,
  );
}

/** Client deletion over the open database; `erasers` remove what other features hold (from app.ts). */
export function createClientDeletionService(
  context: CoreContext,
  erasers: readonly PersonalDataEraser[],
): ClientDeletionService {
  return new ClientDeletionService(
    context.perDatabase((db) => new ClientsRepository(db)),
    context.perDatabase((db) => new ClientTombstones(db)),
    erasers,
    () => context.settings(),
    () => context.now(),
  );
}

/** Merging duplicate dossiers; `mergers` move what other features hold (from app.ts). */
export function createClientMergeService(
  context: CoreContext,
  clients: ClientsService,
  mergers: readonly ClientMerger[],
): ClientMergeService {
  return new ClientMergeService(
    context.perDatabase((db) => new ClientsRepository(db)),
    context.perDatabase((db) => new MergedDuplicates(db)),
    clients,
    mergers,
    () => context.nowIso(),
  );
}

export function createClientsHandlers(
  context: CoreContext,
  clients: ClientsService,
  deletion: ClientDeletionService,
  merge: ClientMergeService,
): FeatureHandlers<typeof CLIENT_CHANNELS> {
  const dossier = createDossierRenderer(context.documents);
  const archive = context.perDatabase((db) => new ClientArchive(db));
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
      const fxRates = context.fxRates();
      const bytes = await dossier.renderClientDossier({ client, settings, fxRates, generatedAt });
      return {
        fileName: dossierPdfFileName(client.name, generatedAt, settings.timeZone),
        pdfBase64: bytes.toString('base64'),
      };
    },
    'clients.ids': (filter) => clients.ids(filter),
    'clients.listOptions': () => clients.listOptions(),
    'clients.bulkUpdate': ({ ids, change }) => clients.bulkUpdate(ids, change),
    'clients.delete': ({ id, reason, confirmName }) => {
      // The confirmation: the client's name typed again (a tombstone has none: its ID).
      const client = clients.get(id);
      const expected = client.deletedAt ? client.id : client.name;
      if (confirmName.trim() !== expected.trim()) {
        throw new AppError('VALIDATION', 'the typed name does not match the client', {
          issues: [{ path: ['confirmName'], message: 'validation.confirmName' }],
        });
      }
      return deletion.deleteClient(id, reason);
    },
    'clients.archive': ({ id, archived, version }) => {
      archive().set(id, archived, version, context.nowIso());
      return clients.get(id);
    },
    'clients.merge': (input) => merge.merge(input),
  };
}
