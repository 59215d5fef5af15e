import { ClientsRepository } from '../../../../electron/core/features/clients/repository';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../electron/core/db';
import type { ClientListQueryData } from '../../../../shared/features/clients/schema';
import { nationalIdCheckDigit } from '../../../../shared/features/clients/national-id';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import { NOW, RATES, clientData, newId, openTestDatabase } from '../../db/fixtures';

let dir: string;
let db: Database;
let clients: ClientsRepository;
const ids: Record<string, string> = {};

const PEOPLE = [
  { name: '王明', nationalId: 'A123456789', phone: '0912-345-678' },
  { name: '王小明', nationalId: 'B120863158', phone: '02 2771 0000' },
  { name: '林明華', nationalId: 'F131104093', phone: null },
  { name: '歐陽娜娜', nationalId: 'A234567891', phone: '(04)2255-8899' },
  { name: 'Amy Chen', nationalId: 'E223456781', phone: '+886 933 111 222' },
  { name: '明', nationalId: 'H123456786', phone: null },
];

beforeAll(() => {
  dir = makeTempDataDir();
  ({ db } = openTestDatabase(dir));
  clients = new ClientsRepository(db);
  PEOPLE.forEach((person, i) => {
    ids[person.name] = newId();
    clients.insert(ids[person.name]!, clientData(person), `2026-11-0${i + 1}T00:00:00.000Z`);
  });
});
afterAll(() => {
  db.close();
  removeTempDataDir(dir);
});

function find(text: string, more: Partial<ClientListQueryData> = {}): string[] {
  return clients
    .list({ text, sort: 'updatedAt', offset: 0, limit: 100, ...more }, RATES)
    .items.map((c) => c.name);
}

describe('client search', () => {
  it('finds two-character names and 1-2 character fragments anywhere in a name', () => {
    expect(find('王明')).toEqual(['王明']);
    expect(find('小明')).toEqual(['王小明']);
    expect(find('明')).toEqual(['明', '林明華', '王小明', '王明']);
    expect(find('王')).toEqual(['王小明', '王明']);
    expect(find('陽娜')).toEqual(['歐陽娜娜']);
    expect(find('my')).toEqual(['Amy Chen']);
    expect(find('金')).toEqual([]);
  });

  it('finds 3+ character fragments of names, case-insensitively', () => {
    expect(find('王小明')).toEqual(['王小明']);
    expect(find('陽娜娜')).toEqual(['歐陽娜娜']);
    expect(find('amy c')).toEqual(['Amy Chen']);
    expect(find('明華x')).toEqual([]);
  });

  it('puts the exact name first, then names that start with the fragment, then the rest', () => {
    const at = ['2026-10-01', '2026-10-02', '2026-10-03'].map((day) => `${day}T00:00:00.000Z`);
    ['周杰', '周杰倫', '小周杰'].forEach((name, i) => {
      const first9 = `K1000000${i}`;
      const nationalId = `${first9}${nationalIdCheckDigit(first9)}`;
      clients.insert(newId(), clientData({ name, nationalId, phone: null }), at[i]!);
    });
    expect(find('周杰')).toEqual(['周杰', '周杰倫', '小周杰']);
    expect(find('周杰倫')).toEqual(['周杰倫']);
    expect(find('杰')).toEqual(['小周杰', '周杰倫', '周杰']);
    expect(find('amy chen')).toEqual(['Amy Chen']);
  });

  it('finds national-ID fragments in any case', () => {
    expect(find('A123')).toEqual(['王明']);
    expect(find('b120')).toEqual(['王小明']);
    expect(find('1104093')).toEqual(['林明華']);
    expect(find('456789')).toEqual(['歐陽娜娜', '王明']);
  });

  it('finds phone fragments by their digits, however they are typed', () => {
    expect(find('0912')).toEqual(['王明']);
    expect(find('0912-345')).toEqual(['王明']);
    expect(find('345-678')).toEqual(['王明']);
    expect(find('345678')).toHaveLength(4); // also a fragment of three national IDs
    expect(find('2771 00')).toEqual(['王小明']);
    expect(find('04-2255')).toEqual(['歐陽娜娜']);
    expect(find('933111')).toEqual(['Amy Chen']);
  });

  it('combines search with filters and treats search syntax as plain text', () => {
    expect(find('明', { status: 'prospect' })).toEqual([]);
    expect(find('王 OR 林')).toEqual([]);
    expect(find('王明" OR "林')).toEqual([]);
    // Punctuation in a short fragment is no part of a name: it is ignored, never parsed.
    expect(find('"明')).toEqual(find('明'));
    expect(find('%明')).toEqual(find('明'));
    for (const text of ['%', '"', '""', '-', '*', '(', ':', '{}', '\\', 'NOT', 'OR', 'a*', '^明']) {
      expect(() => find(text)).not.toThrow();
    }
    expect(clients.list({ text: '明', sort: 'updatedAt', offset: 0, limit: 2 }, RATES).total).toBe(4);
  });

  it('follows renames, new phones and new IDs in the same transaction', () => {
    const id = ids['林明華']!;
    const version = clients.get(id)!.version;
    clients.update(
      id,
      version,
      clientData({ name: '林志玲', phone: '0955-000-111', nationalId: 'B201234568' }),
      NOW,
    );
    expect(find('明華')).toEqual([]);
    expect(find('志玲')).toEqual(['林志玲']);
    expect(find('林志玲')).toEqual(['林志玲']);
    expect(find('0955000')).toEqual(['林志玲']);
    expect(find('F131')).toEqual([]);
  });
});
