import type {
  Product,
  ProductData,
  ProductNote,
  ProductState,
  ProductSummary,
} from '../../../../shared/features/products/schema';
import { AppError } from '../../../../shared/ipc/result';
import type { Database, Statement } from '../../db/open';
import { atomically } from '../../kernel/unit-of-work';

/** A `products` row. */
interface ProductRow {
  id: string;
  code: string;
  name_zh: string;
  name_en: string | null;
  issuer: string;
  type: Product['type'];
  currency: Product['currency'];
  issuer_risk_rating: number;
  risk_rating: number;
  asset_class: Product['assetClass'];
  is_foreign: 0 | 1;
  is_complex: 0 | 1;
  front_load_percent: number | null;
  management_percent: number | null;
  custody_percent: number | null;
  switching_fee: string | null;
  early_redemption: string | null;
  compensation_disclosure: string | null;
  max_loss_statement: string | null;
  dividend_from_principal: 0 | 1;
  risk_disclosure_blocks: string;
  launch_date: string | null;
  expiry_date: string | null;
  state: ProductState;
  state_changed_by: string | null;
  state_changed_at: string | null;
  is_demo: 0 | 1;
  version: number;
  created_at: string;
  updated_at: string;
}

type DataColumns = Omit<
  ProductRow,
  'state' | 'state_changed_by' | 'state_changed_at' | 'is_demo' | 'version' | 'created_at' | 'updated_at'
>;

interface NoteRow {
  id: number;
  product_id: string;
  at: string;
  author: string | null;
  kind: ProductNote['kind'];
  fields: string;
  from_state: ProductState | null;
  to_state: ProductState | null;
  text: string | null;
}

/** A new product's state and marker, set by the service. */
export interface NewProduct {
  id: string;
  data: ProductData;
  state: ProductState;
  /** Who set an initial state other than draft (an import of approved products), and when. */
  stateChangedBy: string | null;
  isDemo: boolean;
}

export type NewNote = Omit<ProductNote, 'id'>;

const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);

function dataColumns(id: string, data: ProductData): DataColumns {
  return {
    id,
    code: data.code,
    name_zh: data.nameZh,
    name_en: data.nameEn,
    issuer: data.issuer,
    type: data.type,
    currency: data.currency,
    issuer_risk_rating: data.issuerRiskRating,
    risk_rating: data.riskRating,
    asset_class: data.assetClass,
    is_foreign: flag(data.isForeign),
    is_complex: flag(data.isComplex),
    front_load_percent: data.fees.frontLoadPercent,
    management_percent: data.fees.managementPercent,
    custody_percent: data.fees.custodyPercent,
    switching_fee: data.fees.switchingFee,
    early_redemption: data.fees.earlyRedemption,
    compensation_disclosure: data.compensationDisclosure,
    max_loss_statement: data.maxLossStatement,
    dividend_from_principal: flag(data.dividendFromPrincipal),
    risk_disclosure_blocks: JSON.stringify(data.riskDisclosureBlocks),
    launch_date: data.launchDate,
    expiry_date: data.expiryDate,
  };
}

/** The columns dataColumns fills, read off its own result so the SQL and the mapping cannot drift apart. */
const DATA_COLUMNS = Object.keys(
  dataColumns('', {
    fees: {},
    riskDisclosureBlocks: [],
  } as unknown as ProductData),
) as (keyof DataColumns)[];

function toProduct(row: ProductRow): Product {
  return {
    ...toSummary(row),
    fees: {
      frontLoadPercent: row.front_load_percent,
      managementPercent: row.management_percent,
      custodyPercent: row.custody_percent,
      switchingFee: row.switching_fee,
      earlyRedemption: row.early_redemption,
    },
    compensationDisclosure: row.compensation_disclosure,
    maxLossStatement: row.max_loss_statement,
    dividendFromPrincipal: row.dividend_from_principal === 1,
    riskDisclosureBlocks: JSON.parse(row.risk_disclosure_blocks) as string[],
    launchDate: row.launch_date,
    expiryDate: row.expiry_date,
    stateChangedBy: row.state_changed_by,
    stateChangedAt: row.state_changed_at,
    version: row.version,
    createdAt: row.created_at,
  };
}

type SummaryRow = Pick<
  ProductRow,
  | 'id'
  | 'code'
  | 'name_zh'
  | 'name_en'
  | 'issuer'
  | 'type'
  | 'currency'
  | 'issuer_risk_rating'
  | 'risk_rating'
  | 'asset_class'
  | 'is_foreign'
  | 'is_complex'
  | 'state'
  | 'is_demo'
  | 'updated_at'
>;

function toSummary(row: SummaryRow): ProductSummary {
  return {
    id: row.id,
    code: row.code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    issuer: row.issuer,
    type: row.type,
    currency: row.currency,
    issuerRiskRating: row.issuer_risk_rating,
    riskRating: row.risk_rating,
    assetClass: row.asset_class,
    isForeign: row.is_foreign === 1,
    isComplex: row.is_complex === 1,
    state: row.state,
    isDemo: row.is_demo === 1,
    updatedAt: row.updated_at,
  };
}

function toNote(row: NoteRow): ProductNote {
  return {
    id: row.id,
    productId: row.product_id,
    at: row.at,
    author: row.author,
    kind: row.kind,
    fields: JSON.parse(row.fields) as string[],
    fromState: row.from_state,
    toState: row.to_state,
    text: row.text,
  };
}

/** A code already on the shelf is a VALIDATION error on the code field, not a crash. */
function translateUniqueCode<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' && String((error as Error).message).includes('products.code')) {
      throw new AppError('VALIDATION', 'another product has this code', {
        issues: [{ path: ['data', 'code'], message: 'validation.productCode.taken' }],
      });
    }
    throw error;
  }
}

/** The shelf and its KYP notes. Writes run in the caller's unit of work (or one of their own). */
export class ProductsRepository {
  private readonly s: {
    insert: Statement<[Record<string, unknown>]>;
    update: Statement<[Record<string, unknown>]>;
    setState: Statement<[Record<string, unknown>]>;
    byId: Statement<[string], ProductRow>;
    all: Statement<[], ProductRow>;
    summaries: Statement<[], SummaryRow>;
    count: Statement<[], number>;
    codes: Statement<[], string>;
    insertNote: Statement<[Record<string, unknown>]>;
    noteById: Statement<[number | bigint], NoteRow>;
    notesOf: Statement<[string], NoteRow>;
  };

  constructor(private readonly db: Database) {
    const summaryColumns =
      'id, code, name_zh, name_en, issuer, type, currency, issuer_risk_rating, risk_rating, asset_class, is_foreign, is_complex, state, is_demo, updated_at';
    this.s = {
      insert: db.prepare(`
        INSERT INTO products (${DATA_COLUMNS.join(', ')}, state, state_changed_by, state_changed_at, is_demo, version, created_at, updated_at)
        VALUES (${DATA_COLUMNS.map((c) => `@${c}`).join(', ')}, @state, @state_changed_by, @state_changed_at, @is_demo, 1, @now, @now)`),
      update: db.prepare(`
        UPDATE products SET ${DATA_COLUMNS.filter((c) => c !== 'id')
          .map((c) => `${c} = @${c}`)
          .join(', ')}, version = version + 1, updated_at = @now
        WHERE id = @id`),
      setState: db.prepare(`
        UPDATE products SET state = @state, state_changed_by = @by, state_changed_at = @now,
          version = version + 1, updated_at = @now
        WHERE id = @id`),
      byId: db.prepare('SELECT * FROM products WHERE id = ?'),
      all: db.prepare('SELECT * FROM products ORDER BY code'),
      summaries: db.prepare(`SELECT ${summaryColumns} FROM products ORDER BY code`),
      count: db.prepare<[], number>('SELECT count(*) FROM products').pluck(),
      codes: db.prepare<[], string>('SELECT code FROM products').pluck(),
      insertNote: db.prepare(`
        INSERT INTO product_notes (product_id, at, author, kind, fields, from_state, to_state, text)
        VALUES (@productId, @at, @author, @kind, @fields, @fromState, @toState, @text)`),
      noteById: db.prepare('SELECT * FROM product_notes WHERE id = ?'),
      notesOf: db.prepare('SELECT * FROM product_notes WHERE product_id = ? ORDER BY id DESC'),
    };
  }

  /** New products with their first note each, all or none. */
  insertMany(products: readonly NewProduct[], now: string, note: (p: NewProduct) => NewNote): void {
    atomically(this.db, () => {
      for (const p of products) {
        translateUniqueCode(() =>
          this.s.insert.run({
            ...dataColumns(p.id, p.data),
            state: p.state,
            state_changed_by: p.state === 'draft' ? null : p.stateChangedBy,
            state_changed_at: p.state === 'draft' ? null : now,
            is_demo: flag(p.isDemo),
            now,
          }),
        );
        this.addNote(note(p));
      }
    });
  }

  /** Changes a product if nobody changed it since `expectedVersion`. */
  update(id: string, expectedVersion: number, data: ProductData, now: string): void {
    this.checkVersion(id, expectedVersion);
    translateUniqueCode(() => this.s.update.run({ ...dataColumns(id, data), now }));
  }

  setState(id: string, expectedVersion: number, state: ProductState, by: string | null, now: string): void {
    this.checkVersion(id, expectedVersion);
    this.s.setState.run({ id, state, by, now });
  }

  private checkVersion(id: string, expectedVersion: number): void {
    const current = this.s.byId.get(id);
    if (!current) throw new AppError('NOT_FOUND', `no product with id ${id}`);
    if (current.version !== expectedVersion) {
      throw new AppError('CONFLICT', 'the product was changed after it was loaded; reload and try again', {
        currentVersion: current.version,
      });
    }
  }

  get(id: string): Product | null {
    const row = this.s.byId.get(id);
    return row ? toProduct(row) : null;
  }

  /** Every product, by code (export). */
  all(): Product[] {
    return this.s.all.all().map(toProduct);
  }

  /** Every product's shelf row, by code. */
  summaries(): ProductSummary[] {
    return this.s.summaries.all().map(toSummary);
  }

  count(): number {
    return this.s.count.get() ?? 0;
  }

  /** The codes on the shelf, upper-cased (codes are unique whatever their case). */
  codes(): Set<string> {
    return new Set(this.s.codes.all().map((code) => code.toUpperCase()));
  }

  addNote(note: NewNote): ProductNote {
    const { lastInsertRowid } = this.s.insertNote.run({ ...note, fields: JSON.stringify(note.fields) });
    return toNote(this.s.noteById.get(lastInsertRowid)!);
  }

  /** Newest first. */
  notesOf(productId: string): ProductNote[] {
    return this.s.notesOf.all(productId).map(toNote);
  }
}
