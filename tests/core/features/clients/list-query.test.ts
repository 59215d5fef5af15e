import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientsRepository } from '../../../../electron/core/features/clients/repository';
import { ClientsService } from '../../../../electron/core/features/clients/service';
import { MAX_BULK_CLIENTS } from '../../../../shared/features/clients/book';
import { DEFAULT_SETTINGS } from '../../../../shared/features/settings';
import type { ClientFacetMatch } from '../../../../electron/core/features/clients/facets';
import {
  CLIENT_SORTS,
  clientListQuerySchema,
  type ClientListQuery,
  type ClientSort,
} from '../../../../shared/features/clients/schema';
import { RATES, clientData, freshDatabasePerTest, newId } from '../../db/fixtures';

const test = freshDatabasePerTest();
let clients: ClientsRepository;
const ids: Record<string, string> = {};

/**
 * Four clients, each key telling them apart but with one tie (Alice and Dave share an advisor and
 * Bob and Dave the assets) so the tie-break on entry order shows in both directions.
 */
beforeEach(() => {
  clients = new ClientsRepository(test.db);
  const rows = [
    ['Alice', 'active', 5_000_000, '林', ['VIP', '退休']],
    ['Bob', 'prospect', 1_000_000, null, []],
    ['Carol', 'closed', 9_000_000, '王', ['退休']],
    ['Dave', 'active', 1_000_000, '林', ['VIP']],
  ] as const;
  rows.forEach(([name, status, amount, advisor, tags], i) => {
    ids[name] = newId();
    clients.insert(
      ids[name],
      clientData({
        name,
        status,
        advisor,
        tags: [...tags],
        investableAssets: [{ currency: 'TWD', amount }],
      }),
      `2026-11-2${i}T08:00:00.000Z`,
    );
  });
});

function names(query: ClientListQuery, facets: ClientFacetMatch[] = []): string[] {
  return clients.list(clientListQuerySchema.parse(query), RATES, facets).items.map((c) => c.name);
}

describe('client list order', () => {
  const ascending: Readonly<Record<ClientSort, string[]>> = {
    name: ['Alice', 'Bob', 'Carol', 'Dave'],
    // The order a client moves through: prospect, active, dormant, closed; ties by entry.
    status: ['Bob', 'Alice', 'Dave', 'Carol'],
    totalAssetsTwd: ['Bob', 'Dave', 'Alice', 'Carol'],
    // 林 (U+6797) before 王 (U+738B); no advisor last in both directions.
    advisor: ['Alice', 'Dave', 'Carol', 'Bob'],
    updatedAt: ['Alice', 'Bob', 'Carol', 'Dave'],
  };
  const descending: Readonly<Record<ClientSort, string[]>> = {
    name: ['Dave', 'Carol', 'Bob', 'Alice'],
    status: ['Carol', 'Dave', 'Alice', 'Bob'],
    totalAssetsTwd: ['Carol', 'Alice', 'Dave', 'Bob'],
    advisor: ['Carol', 'Dave', 'Alice', 'Bob'],
    updatedAt: ['Dave', 'Carol', 'Bob', 'Alice'],
  };

  it.each(CLIENT_SORTS)('sorts by %s both ways, ties by entry order in the same direction', (sort) => {
    expect(names({ sort, direction: 'asc' })).toEqual(ascending[sort]);
    expect(names({ sort, direction: 'desc' })).toEqual(descending[sort]);
  });

  it("takes each key's own direction when none is given, and pages without repeating a row", () => {
    expect(names({ sort: 'name' })).toEqual(ascending.name);
    expect(names({ sort: 'totalAssetsTwd' })).toEqual(descending.totalAssetsTwd);
    expect(names({ sort: 'updatedAt' })).toEqual(descending.updatedAt);
    const pages = [0, 1, 2, 3].flatMap((offset) => names({ sort: 'totalAssetsTwd', offset, limit: 1 }));
    expect(pages).toEqual(descending.totalAssetsTwd);
  });
});

describe('client list filters', () => {
  it('filters by every tag given, by advisor (blank: none) and status, with text search', () => {
    const query = { sort: 'name' } as const;
    expect(names({ ...query, tags: ['VIP'] })).toEqual(['Alice', 'Dave']);
    expect(names({ ...query, tags: ['VIP', '退休'] })).toEqual(['Alice']);
    expect(names({ ...query, tags: ['VIP', '無此標籤'] })).toEqual([]);
    expect(names({ ...query, advisor: '林' })).toEqual(['Alice', 'Dave']);
    expect(names({ ...query, advisor: '' })).toEqual(['Bob']);
    expect(names({ ...query, advisor: '林', status: 'active', tags: ['退休'] })).toEqual(['Alice']);
    // 'a' is in Alice, Carol and Dave; the exact and prefix ranks stay ahead of the sort.
    expect(names({ ...query, text: 'a' })).toEqual(['Alice', 'Carol', 'Dave']);
    expect(names({ ...query, text: 'a', advisor: '林' })).toEqual(['Alice', 'Dave']);
    expect(names({ ...query, text: 'dave', tags: ['VIP'] })).toEqual(['Dave']);
    expect(clients.list(clientListQuerySchema.parse({ text: 'a', tags: ['VIP'] }), RATES).total).toBe(2);
  });

  it('filters by facet matches: included IDs, excluded IDs, several at once and with text', () => {
    const query = { sort: 'name' } as const;
    expect(names(query, [{ include: [ids.Bob!, ids.Carol!] }])).toEqual(['Bob', 'Carol']);
    expect(names(query, [{ exclude: [ids.Bob!, ids.Carol!] }])).toEqual(['Alice', 'Dave']);
    expect(names(query, [{ include: [] }])).toEqual([]);
    expect(names(query, [{ include: [ids.Alice!, ids.Bob!] }, { exclude: [ids.Alice!] }])).toEqual(['Bob']);
    expect(names({ ...query, text: 'a' }, [{ include: [ids.Carol!, ids.Bob!] }])).toEqual(['Carol']);
  });

  it('shows the working book by default and only archived clients on request, marked archived', () => {
    test.db.prepare('UPDATE clients SET archived_at = ? WHERE id = ?').run('2026-11-25T00:00:00Z', ids.Carol);
    expect(names({ sort: 'name' })).toEqual(['Alice', 'Bob', 'Dave']);
    const archived = clients.list(clientListQuerySchema.parse({ archived: true }), RATES);
    expect(archived.total).toBe(1);
    expect(archived.items).toEqual([expect.objectContaining({ name: 'Carol', archived: true })]);
    expect(
      clients.list(clientListQuerySchema.parse({}), RATES).items.every((c) => c.archived === undefined),
    ).toBe(true);
    expect(names({ sort: 'name', archived: true, tags: ['VIP'] })).toEqual([]);
    expect(names({ sort: 'name', text: 'carol' })).toEqual([]);
  });
});

describe('client list IDs and options', () => {
  it('gives every matching ID without paging, leaving tombstones out', () => {
    const all = clients.lists.ids(clientListQuerySchema.parse({}), []);
    expect(new Set(all)).toEqual(new Set(Object.values(ids)));
    test.db.prepare("UPDATE clients SET deleted_at = '2026-11-25T00:00:00Z' WHERE id = ?").run(ids.Dave);
    expect(clients.lists.ids(clientListQuerySchema.parse({ tags: ['VIP'] }), [])).toEqual([ids.Alice]);
    expect(clients.lists.ids(clientListQuerySchema.parse({}), [{ exclude: [ids.Alice!] }]).sort()).toEqual(
      [ids.Bob!, ids.Carol!].sort(),
    );
  });

  it("answers at most a bulk change's worth of IDs, with the total of every match", () => {
    const service = new ClientsService(
      () => clients,
      () => DEFAULT_SETTINGS,
      () => DEFAULT_SETTINGS.fxRates,
      () => '2026-11-30T00:00:00.000Z',
    );
    expect(service.ids({})).toEqual({ ids: expect.any(Array), total: 4 });
    const many = Array.from({ length: MAX_BULK_CLIENTS + 3 }, (_, i) => `id-${i}`);
    vi.spyOn(clients.lists, 'ids').mockReturnValue(many);
    const capped = service.ids({});
    expect(capped.total).toBe(MAX_BULK_CLIENTS + 3);
    expect(capped.ids).toEqual(many.slice(0, MAX_BULK_CLIENTS));
  });

  it('counts advisors and tags of the working book, most first then by text', () => {
    expect(clients.lists.options()).toEqual({
      advisors: [
        { advisor: '林', count: 2 },
        { advisor: '', count: 1 },
        { advisor: '王', count: 1 },
      ],
      tags: [
        { tag: 'VIP', count: 2 },
        { tag: '退休', count: 2 },
      ],
    });
    test.db.prepare("UPDATE clients SET archived_at = '2026-11-25T00:00:00Z' WHERE id = ?").run(ids.Alice);
    test.db.prepare("UPDATE clients SET deleted_at = '2026-11-25T00:00:00Z' WHERE id = ?").run(ids.Bob);
    expect(clients.lists.options()).toEqual({
      advisors: [
        { advisor: '林', count: 1 },
        { advisor: '王', count: 1 },
      ],
      tags: [
        { tag: 'VIP', count: 1 },
        { tag: '退休', count: 1 },
      ],
    });
  });
});
