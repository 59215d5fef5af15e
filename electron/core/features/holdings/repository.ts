import type { Database, Statement } from '../../db/open';
import type { PositionData } from '../../../../shared/features/holdings';
import type { Custodian } from '../../../../shared/features/holdings';
import type { AssetClassId } from '../../../../shared/features/products';
import type { Currency } from '../../../../shared/kernel/money';
import { AppError } from '../../../../shared/ipc/result';

/** A position as stored: name, class and currency only for a free-form one (null for a shelf product). */
export interface StoredPosition {
  id: string;
  productId: string | null;
  name: string | null;
  assetClass: AssetClassId | null;
  currency: Currency | null;
  custodian: Custodian;
  quantity: number;
  price: number;
  priceDate: string;
}

export interface StoredCash {
  currency: Currency;
  custodian: Custodian;
  amount: number;
}

interface PositionRow {
  id: string;
  product_id: string | null;
  name: string | null;
  asset_class: AssetClassId | null;
  currency: Currency | null;
  custodian: Custodian;
  quantity: number;
  price: number;
  price_date: string;
}

const toPosition = (r: PositionRow): StoredPosition => ({
  id: r.id,
  productId: r.product_id,
  name: r.name,
  assetClass: r.asset_class,
  currency: r.currency,
  custodian: r.custodian,
  quantity: r.quantity,
  price: r.price,
  priceDate: r.price_date,
});

const positionColumns = (clientId: string, id: string, position: number, p: PositionData) => ({
  id,
  client_id: clientId,
  position,
  product_id: p.productId,
  name: p.name,
  asset_class: p.assetClass,
  currency: p.currency,
  custodian: p.custodian,
  quantity: p.quantity,
  price: p.price,
  price_date: p.priceDate,
});

/** The holdings tables of one client at a time; the router's unit of work wraps every change. */
export class HoldingsRepository {
  private readonly s: {
    version: Statement<[string], number>;
    bump: Statement<[string]>;
    positions: Statement<[string], PositionRow>;
    cash: Statement<[string], StoredCash>;
    nextPosition: Statement<[string], number>;
    insertPosition: Statement<[ReturnType<typeof positionColumns>]>;
    updatePosition: Statement<[ReturnType<typeof positionColumns>]>;
    deletePosition: Statement<[string, string]>;
    deletePositions: Statement<[string]>;
    setCash: Statement<[StoredCash & { clientId: string }]>;
    deleteCashLine: Statement<[string, string, string]>;
    deleteCash: Statement<[string]>;
  };

  constructor(private readonly db: Database) {
    this.s = {
      version: db
        .prepare<[string], number>('SELECT version FROM holdings_versions WHERE client_id = ?')
        .pluck(),
      bump: db.prepare(`
        INSERT INTO holdings_versions (client_id, version) VALUES (?, 1)
        ON CONFLICT (client_id) DO UPDATE SET version = version + 1`),
      positions: db.prepare('SELECT * FROM holdings_positions WHERE client_id = ? ORDER BY position'),
      cash: db.prepare(
        'SELECT currency, custodian, amount FROM holdings_cash WHERE client_id = ? ORDER BY currency, custodian',
      ),
      nextPosition: db
        .prepare<[string], number>(
          'SELECT coalesce(max(position), 0) + 1 FROM holdings_positions WHERE client_id = ?',
        )
        .pluck(),
      insertPosition: db.prepare(`
        INSERT INTO holdings_positions (id, client_id, position, product_id, name, asset_class, currency, custodian, quantity, price, price_date)
        VALUES (@id, @client_id, @position, @product_id, @name, @asset_class, @currency, @custodian, @quantity, @price, @price_date)`),
      updatePosition: db.prepare(`
        UPDATE holdings_positions SET product_id = @product_id, name = @name, asset_class = @asset_class,
          currency = @currency, custodian = @custodian, quantity = @quantity, price = @price, price_date = @price_date
        WHERE id = @id AND client_id = @client_id`),
      deletePosition: db.prepare('DELETE FROM holdings_positions WHERE client_id = ? AND id = ?'),
      deletePositions: db.prepare('DELETE FROM holdings_positions WHERE client_id = ?'),
      setCash: db.prepare(`
        INSERT INTO holdings_cash (client_id, currency, custodian, amount) VALUES (@clientId, @currency, @custodian, @amount)
        ON CONFLICT (client_id, currency, custodian) DO UPDATE SET amount = excluded.amount`),
      deleteCashLine: db.prepare(
        'DELETE FROM holdings_cash WHERE client_id = ? AND currency = ? AND custodian = ?',
      ),
      deleteCash: db.prepare('DELETE FROM holdings_cash WHERE client_id = ?'),
    };
  }

  /**
   * Merging a duplicate dossier: its positions follow the client kept's, cash in the same currency
   * and account is added up, and the client kept's holdings version moves (a form open on either
   * gets CONFLICT).
   */
  mergeClient(fromId: string, intoId: string): number {
    const offset = (this.s.nextPosition.get(intoId) ?? 1) - 1;
    const positions = this.db
      .prepare('UPDATE holdings_positions SET client_id = ?, position = position + ? WHERE client_id = ?')
      .run(intoId, offset, fromId).changes;
    this.db
      .prepare(
        `INSERT INTO holdings_cash (client_id, currency, custodian, amount)
         SELECT @intoId, currency, custodian, amount FROM holdings_cash WHERE client_id = @fromId
         ON CONFLICT (client_id, currency, custodian) DO UPDATE SET amount = amount + excluded.amount`,
      )
      .run({ fromId, intoId });
    const cash = this.db.prepare('DELETE FROM holdings_cash WHERE client_id = ?').run(fromId).changes;
    const version = this.db.prepare('DELETE FROM holdings_versions WHERE client_id = ?').run(fromId).changes;
    if (positions + cash + version > 0) this.s.bump.run(intoId);
    return positions + cash + version;
  }

  /** 0 before the first change. */
  /** Removes a client's positions, cash and version (client deletion: holdings are not kept). */
  eraseClient(clientId: string): number {
    const positions = this.db
      .prepare('DELETE FROM holdings_positions WHERE client_id = ?')
      .run(clientId).changes;
    const cash = this.db.prepare('DELETE FROM holdings_cash WHERE client_id = ?').run(clientId).changes;
    this.db.prepare('DELETE FROM holdings_versions WHERE client_id = ?').run(clientId);
    return positions + cash;
  }

  version(clientId: string): number {
    return this.s.version.get(clientId) ?? 0;
  }

  /** Refuses a change that started from an older version, then counts this one. */
  beginChange(clientId: string, expectedVersion: number): void {
    const current = this.version(clientId);
    if (current !== expectedVersion) {
      throw new AppError(
        'CONFLICT',
        "the client's holdings were changed after they were loaded; reload and try again",
        {
          currentVersion: current,
        },
      );
    }
    this.s.bump.run(clientId);
  }

  positions(clientId: string): StoredPosition[] {
    return this.s.positions.all(clientId).map(toPosition);
  }

  cash(clientId: string): StoredCash[] {
    return this.s.cash.all(clientId);
  }

  insertPosition(clientId: string, id: string, data: PositionData): void {
    this.s.insertPosition.run(positionColumns(clientId, id, this.s.nextPosition.get(clientId) ?? 1, data));
  }

  updatePosition(clientId: string, id: string, data: PositionData): void {
    const { changes } = this.s.updatePosition.run(positionColumns(clientId, id, 0, data));
    if (changes === 0) throw new AppError('NOT_FOUND', 'no such position for this client');
  }

  deletePosition(clientId: string, id: string): void {
    const { changes } = this.s.deletePosition.run(clientId, id);
    if (changes === 0) throw new AppError('NOT_FOUND', 'no such position for this client');
  }

  /** The cash in one currency at one custodian; 0 removes the line. */
  setCash(clientId: string, cash: StoredCash): void {
    if (cash.amount === 0) this.s.deleteCashLine.run(clientId, cash.currency, cash.custodian);
    else this.s.setCash.run({ ...cash, clientId });
  }

  /** Everything the client holds replaced by these (an import). */
  replace(
    clientId: string,
    positions: readonly { id: string; data: PositionData }[],
    cash: readonly StoredCash[],
  ): void {
    this.s.deletePositions.run(clientId);
    this.s.deleteCash.run(clientId);
    positions.forEach((p, index) =>
      this.s.insertPosition.run(positionColumns(clientId, p.id, index + 1, p.data)),
    );
    for (const line of cash) this.setCash(clientId, line);
  }
}
