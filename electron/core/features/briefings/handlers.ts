import { BRIEFING_CHANNELS } from '../../../../shared/features/briefings';
import { modelTarget } from '../../../../shared/features/proposals';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import type { AssumptionsService } from '../capital-markets';
import type { ClientsService } from '../clients';
import type { HoldingsService } from '../holdings';
import type { KycService } from '../kyc';
import type { ProductsService } from '../products';
import { renderDeckPdf } from './document/deck-pdf';
import { BriefingsRepository } from './repository';
import { resolveDeck, type MarketDataReader, type ResolveSources } from './resolver';
import { DeckService } from './service';

/** The services the briefings feature reads (made in app.ts). */
export interface BriefingsDeps {
  clients: ClientsService;
  kyc: KycService;
  products: ProductsService;
  holdings: HoldingsService;
  assumptions: AssumptionsService;
  market: MarketDataReader;
}

export interface Briefings {
  decks: DeckService;
  sources: ResolveSources;
  repository: () => BriefingsRepository;
}

export function createBriefingsService(context: CoreContext, deps: BriefingsDeps): Briefings {
  const repository = context.perDatabase((db) => new BriefingsRepository(db));
  const { clients, kyc, products, holdings, assumptions, market } = deps;
  const gradeOf = (clientId: string) => kyc.profileOf(clientId)?.grade ?? null;
  const decks = new DeckService(
    repository,
    {
      clientName: (id) => clients.get(id).name,
      namesOf: (ids) => clients.namesOf(ids),
      gradeOf,
      productName: (id) => products.get(id).nameZh,
    },
    () => context.settings().advisorName,
    () => context.nowIso(),
  );
  const sources: ResolveSources = {
    market,
    products: (ids) => products.byIds(ids),
    clientName: (id) => clients.get(id).name,
    gradeOf,
    holdingsOf: (id) => holdings.valuationOf(id),
    model: (grade) => {
      const file = assumptions.active();
      return { weights: modelTarget(grade, file), version: file.version };
    },
    image: (id) => repository().image(id),
    settings: () => context.settings(),
    now: () => context.now(),
  };
  return { decks, sources, repository };
}

export function createBriefingsHandlers(
  context: CoreContext,
  { decks, sources }: Briefings,
): FeatureHandlers<typeof BRIEFING_CHANNELS> {
  return {
    'briefings.list': ({ clientId }) => ({ items: decks.list(clientId) }),
    'briefings.get': ({ id, version }) => decks.get(id, version),
    'briefings.create': ({ content }) => decks.create(content),
    'briefings.save': ({ id, baseVersion, content }) => decks.save(id, baseVersion, content),
    'briefings.versions': ({ id }) => ({ items: decks.versions(id) }),
    'briefings.restore': ({ id, version }) => decks.restore(id, version),
    'briefings.copy': ({ id }) => decks.copy(id),
    'briefings.delete': ({ id }) => decks.delete(id),
    'briefings.fromTemplate': (input) => decks.fromTemplate(input),
    'briefings.slides': ({ deckId, version, reveal }) =>
      resolveDeck(decks.get(deckId, version), reveal === true, sources),
    'briefings.pdf': async ({ deckId, version, variant, perPage, reveal, language }) => {
      // Resolved in the call's unit of work; the PDF is laid out after it, reading nothing more.
      const deck = resolveDeck(decks.get(deckId, version), reveal === true, sources);
      const pdf = await renderDeckPdf(context.documents, deck, {
        language,
        variant,
        perPage,
        settings: context.settings(),
      });
      return {
        fileName: pdf.fileName,
        pdfBase64: pdf.bytes.toString('base64'),
        pageCount: pdf.pageCount,
        version: deck.version,
      };
    },
    'briefings.addImage': ({ mime, dataBase64 }) => decks.addImage(mime, dataBase64),
  };
}
