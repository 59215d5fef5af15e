import { randomUUID } from 'node:crypto';
import type {
  CashInput,
  HoldingsState,
  HoldingsValuation,
  PositionData,
  ValuedPosition,
} from '../../../../shared/features/holdings';
import type { AssetsFromHoldings } from '../../../../shared/features/clients';
import { shelfFilterSchema, type Product, type ProductSummary } from '../../../../shared/features/products';
import type { FxRates } from '../../../../shared/features/settings';
import { AppError } from '../../../../shared/ipc/result';
import { CURRENCIES, twdRate, type Currency } from '../../../../shared/kernel/money';
import { csvCellTable, type CellTable } from '../../io/table';
import { readXlsxTable } from '../../io/xlsx/read';
import { holdingsToCsv, readHoldingsTable } from './file';
import type { HoldingsRepository, StoredPosition } from './repository';

/** What the holdings feature asks of the others (through their services, never their tables). */
export interface HoldingsDeps {
  clients: {
    namesOf(ids: readonly string[]): Map<string, string>;
    /** NOT_FOUND for a deleted client: its tombstone takes no new holdings. */
    requireLive(id: string): unknown;
  };
  products: {
    byIds(ids: readonly string[]): Product[];
    list(filter: ReturnType<typeof shelfFilterSchema.parse>): { items: ProductSummary[] };
  };
}

/** Money in a currency's cents, so 3 × 0.1 is 0.3. */
const cents = (value: number) => Math.round(value * 100) / 100;

/**
 * A client's holdings and their value. Runs inside the router's unit of work (no transactions and
 * no audit here); every change names the version it started from.
 */
export class HoldingsService {
  constructor(
    private readonly repository: () => HoldingsRepository,
    private readonly deps: HoldingsDeps,
    private readonly fxRates: () => FxRates,
  ) {}

  /** Merging a duplicate dossier (clients.merge): positions and cash join the client kept's. */
  mergeClient(fromId: string, intoId: string): number {
    return this.repository().mergeClient(fromId, intoId);
  }

  /** Client deletion: the holdings are personal data no record rule keeps (docs/retention.md). */
  eraseClient(clientId: string): number {
    return this.repository().eraseClient(clientId);
  }

  /** The positions and cash valued in their currency and in TWD at the firm's rates and date. */
  valuationOf(clientId: string): HoldingsValuation {
    this.assertClient(clientId);
    const repository = this.repository();
    const rates = this.fxRates();
    const stored = repository.positions(clientId);
    const productIds = [...new Set(stored.flatMap((p) => (p.productId ? [p.productId] : [])))];
    const products = new Map(this.deps.products.byIds(productIds).map((p) => [p.id, p]));
    const inTwd = (amount: number, currency: Currency) => {
      const rate = twdRate(currency, rates.toTwd);
      return { fxRate: rate, twd: rate === null ? null : cents(amount * rate) };
    };
    const positions = stored.map((p): ValuedPosition => {
      const described = describe(p, p.productId ? products.get(p.productId) : undefined);
      const marketValue = cents(p.quantity * p.price);
      const { fxRate, twd } = inTwd(marketValue, described.currency);
      const { id, custodian, quantity, price, priceDate } = p;
      return {
        id,
        ...described,
        custodian,
        quantity,
        price,
        priceDate,
        marketValue,
        fxRate,
        marketValueTwd: twd,
      };
    });
    const cash = repository.cash(clientId).map((c) => {
      const { fxRate, twd } = inTwd(c.amount, c.currency);
      return { ...c, fxRate, amountTwd: twd };
    });
    const values = [
      ...positions.map((p) => ({ currency: p.currency, twd: p.marketValueTwd })),
      ...cash.map((c) => ({ currency: c.currency, twd: c.amountTwd })),
    ];
    return {
      clientId,
      positions,
      cash,
      totalTwd: cents(values.reduce((sum, v) => sum + (v.twd ?? 0), 0)),
      missingRates: CURRENCIES.filter((c) => values.some((v) => v.currency === c && v.twd === null)),
      fxAsOf: ratesDateOf(rates, values),
    };
  }

  state(clientId: string): HoldingsState {
    return { version: this.repository().version(clientId), valuation: this.valuationOf(clientId) };
  }

  /**
   * The dossier's asset summary: per-currency totals of positions and cash, with the FX date; null
   * when the client holds nothing (the dossier's own figures stand then).
   */
  assetsOf(clientId: string): AssetsFromHoldings | null {
    const valuation = this.valuationOf(clientId);
    if (valuation.positions.length === 0 && valuation.cash.length === 0) return null;
    const totals = new Map<Currency, number>();
    const add = (currency: Currency, amount: number) =>
      totals.set(currency, (totals.get(currency) ?? 0) + amount);
    valuation.positions.forEach((p) => add(p.currency, p.marketValue));
    valuation.cash.forEach((c) => add(c.currency, c.amount));
    return {
      assets: CURRENCIES.filter((c) => totals.has(c)).map((currency) => ({
        currency,
        amount: cents(totals.get(currency)!),
      })),
      fxAsOf: valuation.fxAsOf,
    };
  }

  addPosition(clientId: string, version: number, data: PositionData): HoldingsState {
    this.beginChange(clientId, version);
    this.assertProduct(data);
    this.repository().insertPosition(clientId, randomUUID(), data);
    return this.state(clientId);
  }

  updatePosition(clientId: string, version: number, id: string, data: PositionData): HoldingsState {
    this.beginChange(clientId, version);
    this.assertProduct(data);
    this.repository().updatePosition(clientId, id, data);
    return this.state(clientId);
  }

  deletePosition(clientId: string, version: number, id: string): HoldingsState {
    this.beginChange(clientId, version);
    this.repository().deletePosition(clientId, id);
    return this.state(clientId);
  }

  setCash(clientId: string, version: number, cash: CashInput): HoldingsState {
    this.beginChange(clientId, version);
    this.repository().setCash(clientId, cash);
    return this.state(clientId);
  }

  importCsv(clientId: string, replace: boolean, csv: string) {
    return this.importTable(clientId, replace, csvCellTable(csv));
  }

  /** Reading the workbook is asynchronous; the caller writes what it read with importTable. */
  readXlsx(base64: string): Promise<CellTable> {
    return readXlsxTable(Buffer.from(base64, 'base64'));
  }

  /**
   * Replaces the client's holdings with the file's, all rows or none. Holdings already there are
   * replaced only when the user confirmed it (`replace`).
   */
  importTable(clientId: string, replace: boolean, table: CellTable) {
    this.deps.clients.requireLive(clientId);
    const repository = this.repository();
    const held = repository.positions(clientId).length + repository.cash(clientId).length;
    if (held > 0 && !replace) {
      throw new AppError('CONFLICT', 'the client already has holdings; confirm replacing them', { held });
    }
    const ids = new Map(
      this.deps.products.list(shelfFilterSchema.parse({})).items.map((p) => [p.code.toUpperCase(), p.id]),
    );
    const file = readHoldingsTable(table, (code) => ids.get(code.toUpperCase()) ?? null);
    repository.beginChange(clientId, repository.version(clientId));
    repository.replace(
      clientId,
      file.positions.map((data) => ({ id: randomUUID(), data })),
      file.cash,
    );
    return { positions: file.positions.length, cash: file.cash.length, state: this.state(clientId) };
  }

  exportCsv(clientId: string): { csv: string; count: number } {
    return holdingsToCsv(this.valuationOf(clientId));
  }

  private beginChange(clientId: string, version: number): void {
    this.deps.clients.requireLive(clientId);
    this.repository().beginChange(clientId, version);
  }

  private assertClient(clientId: string): void {
    if (!this.deps.clients.namesOf([clientId]).has(clientId))
      throw new AppError('NOT_FOUND', 'no client with that id');
  }

  /** A shelf position must name a product on the shelf (NOT_FOUND otherwise). */
  private assertProduct(data: PositionData): void {
    if (data.productId) this.deps.products.byIds([data.productId]);
  }
}

/**
 * The date the totals' rates are as of: the oldest rate among the foreign currencies held (rates
 * from market data each carry their own day), or the rates' date when none is held.
 */
function ratesDateOf(rates: FxRates, values: readonly { currency: Currency; twd: number | null }[]): string {
  const used = values.flatMap((v) =>
    v.currency === 'TWD' || v.twd === null ? [] : [rates.dates?.[v.currency] ?? rates.asOf],
  );
  return used.sort()[0] ?? rates.asOf;
}

/** What a position is: the shelf product's name, class, currency and RR, or the free-form entry's. */
function describe(p: StoredPosition, product: Product | undefined) {
  if (product) {
    const { id, code, nameZh, assetClass, currency, riskRating } = product;
    return { productId: id, productCode: code, name: nameZh, assetClass, currency, riskRating };
  }
  if (p.name === null || p.assetClass === null || p.currency === null) {
    throw new AppError('INTERNAL', 'a stored position has neither a product nor its own description');
  }
  return {
    productId: null,
    productCode: null,
    name: p.name,
    assetClass: p.assetClass,
    currency: p.currency,
    riskRating: null,
  };
}
