import { randomUUID } from 'node:crypto';
import {
  FEE_FIELD_KEYS,
  PRODUCT_COLUMNS,
  filterShelf,
  type Product,
  type ProductData,
  type ProductFieldKey,
  type ProductNote,
  type ProductState,
  type ProductSummary,
  type ShelfFilter,
} from '../../../../shared/features/products';
import { AppError } from '../../../../shared/ipc/result';
import { productsToCsv } from './csv';
import { csvCellTable } from '../../io/table';
import { readXlsxTable } from '../../io/xlsx/read';
import { demoProducts } from './demo-products';
import type { NewNote, NewProduct, ProductsRepository } from './repository';
import { readProductTable, type ImportedProduct, type ProductTable } from './table';
import { productsToXlsx } from './xlsx';

/** The data fields a KYP change note can name (the file's columns but the state, which has its own note). */
const DATA_KEYS = PRODUCT_COLUMNS.map((c) => c.key).filter((key) => key !== 'state');

function valueOf(data: ProductData, key: ProductFieldKey): unknown {
  return (FEE_FIELD_KEYS as readonly string[]).includes(key)
    ? data.fees[key as (typeof FEE_FIELD_KEYS)[number]]
    : data[key as keyof ProductData];
}

/** The fields whose value differs, in registry order. */
export function changedFields(before: ProductData, after: ProductData): ProductFieldKey[] {
  return DATA_KEYS.filter(
    (key) => JSON.stringify(valueOf(before, key)) !== JSON.stringify(valueOf(after, key)),
  );
}

/**
 * The product shelf (KYP). Runs inside the router's unit of work, which writes each channel's audit
 * entry: no transactions and no audit here. Every change leaves a KYP note naming what changed,
 * when and by whom (P2.1.3).
 */
export class ProductsService {
  constructor(
    private readonly repository: () => ProductsRepository,
    /** Who is working: the advisor's name from settings, or null when none is set. */
    private readonly author: () => string | null,
    private readonly nowIso: () => string,
  ) {}

  list(filter: ShelfFilter): { total: number; items: ProductSummary[] } {
    const all = this.repository().summaries();
    return { total: all.length, items: filterShelf(all, filter) };
  }

  get(id: string): Product {
    const product = this.repository().get(id);
    if (!product) throw new AppError('NOT_FOUND', `no product with id ${id}`);
    return product;
  }

  /** The products with these IDs, in the same order (suitability reads them); NOT_FOUND names a missing one. */
  byIds(ids: readonly string[]): Product[] {
    return ids.map((id) => this.get(id));
  }

  /** A new product starts as a draft: approving it for sale is a state change of its own. */
  create(data: ProductData): Product {
    const [id] = this.insert([{ data, state: 'draft' }], false, 'created');
    return this.get(id!);
  }

  update(id: string, version: number, data: ProductData): Product {
    const before = this.get(id);
    const fields = changedFields(before, data);
    this.repository().update(id, version, data, this.nowIso());
    if (fields.length > 0) this.note(id, { kind: 'changed', fields });
    return this.get(id);
  }

  setState(id: string, version: number, state: ProductState): Product {
    const before = this.get(id);
    this.repository().setState(id, version, state, this.author(), this.nowIso());
    this.note(id, { kind: 'state', fromState: before.state, toState: state });
    return this.get(id);
  }

  addNote(productId: string, text: string): ProductNote {
    this.get(productId);
    return this.note(productId, { kind: 'note', text });
  }

  notes(productId: string): ProductNote[] {
    this.get(productId);
    return this.repository().notesOf(productId);
  }

  /** All rows or none: the whole file is read and checked before anything is written. */
  importCsv(text: string): number {
    return this.importTable(csvCellTable(text));
  }

  /** Reading the workbook is asynchronous; the caller writes what it read with importTable. */
  readXlsx(base64: string): Promise<ProductTable> {
    return readXlsxTable(Buffer.from(base64, 'base64'));
  }

  importTable(table: ProductTable): number {
    const codes = this.repository().codes();
    const rows = readProductTable(table, (code) => codes.has(code));
    this.insert(rows, false, 'imported');
    return rows.length;
  }

  exportCsv(): { csv: string; count: number } {
    const products = this.repository().all();
    return { csv: productsToCsv(products), count: products.length };
  }

  async exportXlsx(): Promise<{ xlsxBase64: string; count: number }> {
    const products = this.repository().all();
    const bytes = await productsToXlsx(products);
    return { xlsxBase64: bytes.toString('base64'), count: products.length };
  }

  /** The demo shelf; products whose code is already on the shelf are skipped, never replaced. */
  seedDemo(): { added: number; skipped: number } {
    const codes = this.repository().codes();
    const demo = demoProducts();
    const fresh = demo.filter((p) => !codes.has(p.data.code.toUpperCase()));
    this.insert(fresh, true, 'created');
    return { added: fresh.length, skipped: demo.length - fresh.length };
  }

  /** Stores new products with their first KYP note; returns their IDs. */
  private insert(rows: readonly ImportedProduct[], isDemo: boolean, kind: 'created' | 'imported'): string[] {
    const author = this.author();
    const at = this.nowIso();
    const products: NewProduct[] = rows.map((row) => ({
      id: randomUUID(),
      data: row.data,
      state: row.state,
      stateChangedBy: author,
      isDemo,
    }));
    this.repository().insertMany(products, at, (p) => ({
      ...blankNote(p.id, at, author),
      kind,
      toState: p.state,
    }));
    return products.map((p) => p.id);
  }

  private note(productId: string, note: Partial<NewNote> & Pick<NewNote, 'kind'>): ProductNote {
    return this.repository().addNote({ ...blankNote(productId, this.nowIso(), this.author()), ...note });
  }
}

function blankNote(productId: string, at: string, author: string | null): NewNote {
  return { productId, at, author, kind: 'note', fields: [], fromState: null, toState: null, text: null };
}
