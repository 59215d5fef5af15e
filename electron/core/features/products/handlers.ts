import { PRODUCT_CHANNELS } from '../../../../shared/features/products';
import type { CoreContext } from '../../kernel/context';
import { WriteAfter, type FeatureHandlers } from '../../kernel/handlers';
import { ProductsRepository } from './repository';
import { ProductsService } from './service';

/** The products service over the open database, for this feature's handlers and for suitability. */
export function createProductsService(context: CoreContext): ProductsService {
  return new ProductsService(
    context.perDatabase((db) => new ProductsRepository(db)),
    () => context.settings().advisorName || null,
    () => context.nowIso(),
  );
}

export function createProductsHandlers(
  _context: CoreContext,
  products: ProductsService,
): FeatureHandlers<typeof PRODUCT_CHANNELS> {
  return {
    'products.list': (filter) => products.list(filter),
    'products.get': ({ id }) => products.get(id),
    'products.create': ({ data }) => products.create(data),
    'products.update': ({ id, version, data }) => products.update(id, version, data),
    'products.setState': ({ id, version, state }) => products.setState(id, version, state),
    'products.addNote': ({ productId, text }) => products.addNote(productId, text),
    'products.listNotes': ({ productId }) => ({ items: products.notes(productId) }),
    'products.importCsv': ({ csv }) => ({ imported: products.importCsv(csv) }),
    // exceljs reads only asynchronously: read first, then write and audit in one unit of work.
    'products.importXlsx': ({ xlsxBase64 }) =>
      new WriteAfter(
        products.readXlsx(xlsxBase64).then((table) => () => ({ imported: products.importTable(table) })),
      ),
    'products.exportCsv': () => products.exportCsv(),
    'products.exportXlsx': () => products.exportXlsx(),
    'products.seedDemo': () => products.seedDemo(),
  };
}
