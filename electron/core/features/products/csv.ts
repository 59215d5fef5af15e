import type { Product } from '../../../../shared/features/products';
import { writeCsv } from '../../io/csv/write';
import { FILE_HEADERS, productCells } from './table';

/** The shelf as CSV (UTF-8 with BOM, CRLF, every cell guarded against formulas). */
export function productsToCsv(products: readonly Product[]): string {
  return writeCsv(FILE_HEADERS, products.map(productCells));
}
