import { ClientsRepository } from '../../../../electron/core/features/clients/repository';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../electron/core/db';
import { CLIENT_FIELDS } from '../../../../shared/features/clients/fields';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import { NOW, RATES, clientData, newId, openTestDatabase } from '../../db/fixtures';

let dir: string;
let db: Database;
let clients: ClientsRepository;
beforeEach(() => {
  dir = makeTempDataDir();
  ({ db } = openTestDatabase(dir));
  clients = new ClientsRepository(db);
});
afterEach(() => {
  db.close();
  removeTempDataDir(dir);
});

const LATER = '2026-11-21T09:30:00.000Z';
const page = { sort: 'updatedAt', offset: 0, limit: 100 } as const;

describe('ClientsRepository writes', () => {
  it('stores every field and reads it back with the full national ID', () => {
    const id = newId();
    const data = clientData({
      email: 'chen@example.com',
      address: '臺北市信義區松仁路100號',
      occupation: '工程師',
      employer: '台積電',
      sourceOfWealth: '薪資',
      advisor: '李顧問',
      notes: '偏好電話聯絡',
      tags: ['VIP', '退休規劃'],
      investableAssets: [
        { currency: 'TWD', amount: 5_000_000 },
        { currency: 'USD', amount: 100_000 },
      ],
    });
    clients.insert(id, data, NOW);
    const { nationalId, ...rest } = data;
    expect(clients.get(id)).toEqual({
      ...rest,
      id,
      nationalId,
      household: [],
      isDemo: false,
      version: 1,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(clients.get(newId())).toBeNull();
    expect(clients.count()).toBe(1);
  });

  it('updates with the expected version, keeps the national ID when not given, and bumps the version', () => {
    const id = newId();
    clients.insert(id, clientData({ nationalId: 'A123456789', tags: ['VIP'] }), NOW);
    const { nationalId: _, ...withoutId } = clientData({
      name: '陳大明',
      tags: ['新客'],
      investableAssets: [],
    });
    clients.update(id, 1, withoutId, LATER);
    const updated = clients.get(id)!;
    expect(updated).toMatchObject({ name: '陳大明', nationalId: 'A123456789', tags: ['新客'], version: 2 });
    expect(updated).toMatchObject({ investableAssets: [], createdAt: NOW, updatedAt: LATER });

    clients.update(id, 2, { ...withoutId, nationalId: 'F131104093' }, LATER);
    expect(clients.get(id)).toMatchObject({ nationalId: 'F131104093', version: 3 });
  });

  it('keeps investable assets in the order entered, on insert, update and export', () => {
    const id = newId();
    const entered = [
      { currency: 'USD', amount: 1 },
      { currency: 'TWD', amount: 2 },
      { currency: 'JPY', amount: 3 },
    ] as const;
    clients.insert(id, clientData({ investableAssets: [...entered] }), NOW);
    expect(clients.get(id)!.investableAssets).toEqual(entered);
    const reordered = [entered[2], entered[0], entered[1]];
    clients.update(id, 1, clientData({ investableAssets: reordered }), LATER);
    expect(clients.get(id)!.investableAssets).toEqual(reordered);
    clients.insert(newId(), clientData({ nationalId: 'F131104093', investableAssets: [...entered] }), NOW);
    expect(clients.all().map((c) => c.investableAssets)).toEqual([reordered, entered]);
  });

  it('has the columns the field registry names, and no other client data', () => {
    const columns = db.prepare<[], string>("SELECT name FROM pragma_table_info('clients')").pluck().all();
    const registry = CLIENT_FIELDS.flatMap((field) => (field.column === null ? [] : [field.column]));
    // Besides the fields: keys, the version, the demo feature's marker, a deletion's tombstone mark
    // and the archive's.
    expect(columns.sort()).toEqual(
      ['id', 'num', 'version', 'is_demo', 'deleted_at', 'archived_at', ...registry].sort(),
    );
  });

  it('refuses a stale version with CONFLICT and an unknown id with NOT_FOUND, changing nothing', () => {
    const id = newId();
    clients.insert(id, clientData(), NOW);
    clients.update(id, 1, clientData({ name: '第一次' }), LATER);
    expect(() => clients.update(id, 1, clientData({ name: '第二次' }), LATER)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', details: { currentVersion: 2 } }),
    );
    expect(clients.get(id)).toMatchObject({ name: '第一次', version: 2 });
    expect(() => clients.update(newId(), 1, clientData(), LATER)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => clients.insert(id, clientData(), NOW)).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });

  it('links a household both ways, with the relation as each side sees it', () => {
    const parent = newId();
    const child = newId();
    const spouse = newId();
    clients.insert(parent, clientData({ name: '王大同' }), NOW);
    clients.insert(spouse, clientData({ name: '李美華' }), NOW);
    clients.insert(
      child,
      clientData({ name: '王小明', household: [{ clientId: parent, relation: 'parent' }] }),
      NOW,
    );
    expect(clients.get(child)!.household).toEqual([{ clientId: parent, name: '王大同', relation: 'parent' }]);
    expect(clients.get(parent)!.household).toEqual([{ clientId: child, name: '王小明', relation: 'child' }]);
    // The link is the parent's too: its version moved, so a form of it loaded earlier is stale.
    expect(clients.get(parent)!.version).toBe(2);

    // The parent's edit form sends the whole household from its side: the pair is stored once.
    clients.update(
      parent,
      2,
      clientData({
        name: '王大同',
        household: [
          { clientId: child, relation: 'child' },
          { clientId: spouse, relation: 'spouse' },
        ],
      }),
      LATER,
    );
    expect(db.prepare('SELECT count(*) FROM client_household').pluck().get()).toBe(2);
    expect(clients.get(child)!.household).toEqual([{ clientId: parent, name: '王大同', relation: 'parent' }]);
    expect(clients.get(spouse)!.household).toEqual([
      { clientId: parent, name: '王大同', relation: 'spouse' },
    ]);

    // Removing a member from one side removes the pair for both.
    expect(clients.get(spouse)!.version).toBe(2);
    expect(clients.get(child)!.version).toBe(1); // its link did not change: parent, either way
    clients.update(parent, 3, clientData({ name: '王大同', household: [] }), LATER);
    expect(clients.get(child)!.household).toEqual([]);
    expect(clients.get(child)!.version).toBe(2);
  });

  it('refuses links to itself or to a client that does not exist', () => {
    const id = newId();
    expect(() =>
      clients.insert(id, clientData({ household: [{ clientId: newId(), relation: 'spouse' }] }), NOW),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(clients.count()).toBe(0);
    clients.insert(id, clientData(), NOW);
    expect(() =>
      clients.update(id, 1, clientData({ household: [{ clientId: id, relation: 'spouse' }] }), NOW),
    ).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  it('inserts many in one transaction, links to earlier rows, and all or none', () => {
    const [a, b, c] = [newId(), newId(), newId()];
    clients.insertMany(
      [
        { id: b, data: clientData({ name: '張二' }) },
        { id: a, data: clientData({ name: '張一', household: [{ clientId: b, relation: 'sibling' }] }) },
      ],
      NOW,
    );
    expect(clients.get(b)!.household).toEqual([{ clientId: a, name: '張一', relation: 'sibling' }]);

    expect(() =>
      clients.insertMany(
        [
          { id: c, data: clientData({ name: '張三' }) },
          { id: newId(), data: clientData({ household: [{ clientId: newId(), relation: 'other' }] }) },
        ],
        NOW,
      ),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(clients.count()).toBe(2);
    expect(clients.list({ ...page, text: '張三' }, RATES).total).toBe(0);
    expect(clients.all().map((r) => r.name)).toEqual(['張二', '張一']);
    expect(clients.all()[0]!.household).toEqual([{ clientId: a, name: '張一', relation: 'sibling' }]);
  });
});

describe('ClientsRepository list', () => {
  it('masks IDs, totals assets in TWD, filters by status and tag, sorts and pages', () => {
    const rows = [
      { name: '甲', status: 'active', tags: ['VIP'], assets: [{ currency: 'USD', amount: 1_000 }], at: NOW },
      { name: '乙', status: 'prospect', tags: [], assets: [{ currency: 'TWD', amount: 50_000 }], at: LATER },
      {
        name: '丙',
        status: 'active',
        tags: ['VIP', '退休'],
        assets: [
          { currency: 'TWD', amount: 1_000 },
          { currency: 'JPY', amount: 100_000 },
        ],
        at: '2026-11-22T00:00:00.000Z',
      },
    ] as const;
    for (const row of rows) {
      clients.insert(
        newId(),
        clientData({
          name: row.name,
          status: row.status,
          tags: [...row.tags],
          investableAssets: [...row.assets],
        }),
        row.at,
      );
    }
    const names = (query: Partial<Parameters<typeof clients.list>[0]>) =>
      clients.list({ ...page, ...query }, RATES).items.map((c) => c.name);

    const first = clients.list({ ...page, sort: 'totalAssetsTwd' }, RATES);
    expect(first.total).toBe(3);
    expect(first.items.map((c) => [c.name, c.totalAssetsTwd])).toEqual([
      ['乙', { twd: 50_000, missing: [] }],
      ['甲', { twd: 30_600, missing: [] }],
      ['丙', { twd: 21_000, missing: [] }],
    ]);

    // Without a USD rate, 甲's dollars are neither 0 nor 1:1: the total names USD as missing, and
    // the sort (in SQL) uses the same known part, so 甲 comes last.
    const withoutUsd = { ...RATES, toTwd: { ...RATES.toTwd, USD: undefined } };
    delete withoutUsd.toTwd.USD;
    const incomplete = clients.list({ ...page, sort: 'totalAssetsTwd' }, withoutUsd);
    expect(incomplete.items.map((c) => [c.name, c.totalAssetsTwd])).toEqual([
      ['乙', { twd: 50_000, missing: [] }],
      ['丙', { twd: 21_000, missing: [] }],
      ['甲', { twd: 0, missing: ['USD'] }],
    ]);
    expect(first.items[0]).toMatchObject({
      nationalIdMasked: expect.stringMatching(/^[A-Z]\d{2}\*{4}\d{3}$/),
      phone: '0912-345-678',
      tags: [],
    });
    expect(names({})).toEqual(['丙', '乙', '甲']);
    expect(names({ sort: 'name' })).toEqual(['丙', '乙', '甲'].sort());
    expect(names({ status: 'active' })).toEqual(['丙', '甲']);
    expect(names({ tags: ['VIP'], status: 'active' })).toEqual(['丙', '甲']);
    expect(names({ tags: ['退休'] })).toEqual(['丙']);
    expect(clients.list({ ...page, offset: 1, limit: 1 }, RATES)).toMatchObject({
      total: 3,
      items: [{ name: '乙' }],
    });
  });
});
