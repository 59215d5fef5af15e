import {
  CLIENT_STATUSES,
  CURRENCIES,
  DEFAULT_SORT_DIRECTION,
  type AssetHolding,
  type ClientListFilterData,
  type ClientListQueryData,
  type ClientSort,
  type ClientStatus,
  type ClientSummary,
} from '../../../../shared/features/clients/schema';
import type { ClientListOptions } from '../../../../shared/features/clients/book';
import { maskNationalId } from '../../../../shared/features/clients/national-id';
import type { FxRates } from '../../../../shared/features/settings';
import { totalTwd, twdRate } from '../../../../shared/kernel/money';
import type { Database, Statement } from '../../db/open';
import type { ClientFacetMatch } from './facets';
import { groupBy } from './repository';
import { searchHits } from './search';

/**
 * The sort key for 資產總額: the same known part as totalTwd() in shared/kernel/money.ts. A
 * currency without a rate binds NULL, which sum() skips, so those holdings count as unknown, not as
 * 0 at some rate; the row itself then shows the total as incomplete.
 */
const TOTAL_TWD_SQL = `(SELECT coalesce(sum(a.amount * CASE a.currency ${CURRENCIES.map(
  (currency) => `WHEN '${currency}' THEN @rate_${currency}`,
).join(' ')} END), 0) FROM client_assets a WHERE a.client_id = c.id)`;

/** Statuses in the order a client moves through them (prospect first), not in alphabetical order. */
const STATUS_ORDER_SQL = `CASE c.status ${CLIENT_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

/**
 * Each key's ORDER BY in a direction; `num` breaks ties in the same direction, so pages never
 * repeat or skip a row. Clients with no advisor come last either way: a blank is not a name.
 */
function orderSql(sort: ClientSort, direction: 'ASC' | 'DESC'): string {
  const key: Readonly<Record<ClientSort, string>> = {
    name: `c.name ${direction}`,
    status: `${STATUS_ORDER_SQL} ${direction}`,
    totalAssetsTwd: `${TOTAL_TWD_SQL} ${direction}`,
    advisor: `coalesce(c.advisor, '') = '', c.advisor ${direction}`,
    updatedAt: `c.updated_at ${direction}`,
  };
  return `${key[sort]}, c.num ${direction}`;
}

/** A filter as SQL over `clients c`: the source (search hits joined first), WHERE and parameters. */
interface FilterSql {
  source: string;
  where: string;
  params: Record<string, unknown>;
  /** With a text search: exact and prefix name matches first. */
  rank: string;
}

function filterSql(filter: ClientListFilterData, facets: readonly ClientFacetMatch[]): FilterSql {
  const params: Record<string, unknown> = {};
  const where: string[] = [filter.archived ? 'c.archived_at IS NOT NULL' : 'c.archived_at IS NULL'];
  let source = 'clients c';
  let rank = '';
  const hits = filter.text ? searchHits(filter.text) : null;
  if (hits) {
    // CROSS JOIN keeps the index hits as the outer loop, never a scan of every client.
    source = `(${hits.sql}) h CROSS JOIN clients c ON c.num = h.num`;
    Object.assign(params, hits.params);
    const fragment = filter.text!.trim();
    params.exact = fragment;
    params.prefix = `${fragment.replace(/[\\%_]/g, '\\$&')}%`;
    // 0 for the exact name, 1 for a name that starts with the fragment, 2 for the rest
    // (NOCASE and LIKE fold ASCII case only, like the search index for Latin names).
    rank = "(c.name <> @exact COLLATE NOCASE) + (c.name NOT LIKE @prefix ESCAPE '\\'), ";
  }
  if (filter.status) {
    where.push('c.status = @status');
    params.status = filter.status;
  }
  (filter.tags ?? []).forEach((tag, i) => {
    where.push(`EXISTS (SELECT 1 FROM client_tags t WHERE t.client_id = c.id AND t.tag = @tag${i})`);
    params[`tag${i}`] = tag;
  });
  if (filter.advisor !== undefined) {
    where.push("coalesce(c.advisor, '') = @advisor");
    params.advisor = filter.advisor;
  }
  facets.forEach((match, i) => {
    const include = 'include' in match;
    where.push(`c.id ${include ? 'IN' : 'NOT IN'} (SELECT value FROM json_each(@facet${i}))`);
    params[`facet${i}`] = JSON.stringify(include ? match.include : match.exclude);
  });
  return { source, where: `WHERE ${where.join(' AND ')}`, params, rank };
}

type SummaryRow = {
  num: number;
  id: string;
  name: string;
  national_id: string;
  phone: string | null;
  status: ClientStatus;
  advisor: string | null;
  updated_at: string;
  is_demo: 0 | 1;
  deleted_at: string | null;
  archived_at: string | null;
};

/**
 * The client list's reads: a page in any order, every matching ID, the advisors and tags on file.
 * A filter (text, status, tags, advisor, the archive, other features' facets) is one WHERE for all.
 */
export class ClientListQueries {
  private readonly statements = new Map<string, Statement<[Record<string, unknown>], unknown>>();

  constructor(private readonly db: Database) {}

  /** One page. With `text`, exact and prefix name matches come first, then the sort. */
  list(
    query: ClientListQueryData,
    facets: readonly ClientFacetMatch[],
    rates: FxRates,
  ): { total: number; items: ClientSummary[] } {
    const sql = filterSql(query, facets);
    const total = this.statement(`SELECT count(*) FROM ${sql.source} ${sql.where}`)
      .pluck()
      .get(sql.params) as number;
    const params: Record<string, unknown> = { ...sql.params, limit: query.limit, offset: query.offset };
    if (query.sort === 'totalAssetsTwd') {
      for (const currency of CURRENCIES) params[`rate_${currency}`] = twdRate(currency, rates.toTwd);
    }
    const direction = (query.direction ?? DEFAULT_SORT_DIRECTION[query.sort]) === 'asc' ? 'ASC' : 'DESC';
    const nums = this.statement(
      `SELECT c.num FROM ${sql.source} ${sql.where}
        ORDER BY ${sql.rank}${orderSql(query.sort, direction)} LIMIT @limit OFFSET @offset`,
    )
      .pluck()
      .all(params) as number[];
    return { total, items: this.summaries(nums, rates) };
  }

  /**
   * Every client the filter matches, for "select all" and bulk changes: deleted clients'
   * tombstones are left out, as no change applies to them.
   */
  ids(filter: ClientListFilterData, facets: readonly ClientFacetMatch[]): string[] {
    const sql = filterSql(filter, facets);
    return this.statement(
      `SELECT c.id FROM ${sql.source} ${sql.where} AND c.deleted_at IS NULL ORDER BY c.num`,
    )
      .pluck()
      .all(sql.params) as string[];
  }

  /**
   * The advisors and tags of the working book (neither archived nor deleted), each with its
   * number of clients, most first; '' counts the clients with no advisor.
   */
  options(): ClientListOptions {
    const book = 'c.deleted_at IS NULL AND c.archived_at IS NULL';
    const advisors = this.statement(
      `SELECT coalesce(c.advisor, '') AS advisor, count(*) AS count FROM clients c WHERE ${book}
        GROUP BY 1 ORDER BY count DESC, advisor`,
    ).all({}) as ClientListOptions['advisors'];
    const tags = this.statement(
      `SELECT t.tag, count(*) AS count FROM client_tags t JOIN clients c ON c.id = t.client_id
        WHERE ${book} GROUP BY t.tag ORDER BY count DESC, t.tag`,
    ).all({}) as ClientListOptions['tags'];
    return { advisors, tags };
  }

  /** The list rows for these clients, in the given order. */
  private summaries(nums: number[], rates: FxRates): ClientSummary[] {
    if (nums.length === 0) return [];
    const ids = JSON.stringify(nums);
    const rows = this.statement(
      `SELECT num, id, name, national_id, phone, status, advisor, updated_at, is_demo, deleted_at, archived_at
         FROM clients WHERE num IN (SELECT value FROM json_each(@ids))`,
    ).all({ ids }) as SummaryRow[];
    const assets = groupBy(
      this.statement(
        `SELECT a.client_id, a.currency, a.amount FROM clients c JOIN client_assets a ON a.client_id = c.id
          WHERE c.num IN (SELECT value FROM json_each(@ids))`,
      ).all({ ids }) as { client_id: string; currency: AssetHolding['currency']; amount: number }[],
      (a) => a.client_id,
    );
    const tags = groupBy(
      this.statement(
        `SELECT t.client_id, t.tag FROM clients c JOIN client_tags t ON t.client_id = c.id
          WHERE c.num IN (SELECT value FROM json_each(@ids)) ORDER BY t.rowid`,
      ).all({ ids }) as { client_id: string; tag: string }[],
      (t) => t.client_id,
    );
    const byNum = new Map(rows.map((row) => [row.num, row]));
    return nums.flatMap((num) => {
      const row = byNum.get(num);
      if (!row) return [];
      return [
        {
          id: row.id,
          name: row.name,
          nationalIdMasked: row.deleted_at === null ? maskNationalId(row.national_id) : '',
          phone: row.phone,
          status: row.status,
          advisor: row.advisor,
          tags: (tags.get(row.id) ?? []).map((t) => t.tag),
          totalAssetsTwd: totalTwd(assets.get(row.id) ?? [], rates.toTwd),
          isDemo: row.is_demo === 1,
          updatedAt: row.updated_at,
          ...(row.deleted_at === null ? {} : { deleted: true }),
          ...(row.archived_at === null ? {} : { archived: true }),
        },
      ];
    });
  }

  private statement(sql: string): Statement<[Record<string, unknown>], unknown> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare<[Record<string, unknown>]>(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
