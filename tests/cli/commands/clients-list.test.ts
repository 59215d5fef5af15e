import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';
import { uniqueNationalId } from '../../core/db/fixtures';
import { cliRunner } from './cli-runner';

let dir = '';
const cli = cliRunner(() => dir, { ADVISORDESK_PASSPHRASE: 'cli client list passphrase' });
const ids: Record<string, string> = {};

type Page = { total: number; items: { id: string; name: string; tags: string[]; advisor: string | null }[] };
const names = async (...args: string[]) =>
  (JSON.parse((await cli('clients', 'list', '--json', ...args)).out) as Page).items.map((c) => c.name);

describe('clients list, tag and assign-advisor', () => {
  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await cli('init')).code).toBe(0);
    const rows = [
      ['Alice', uniqueNationalId(), ['--asset', 'TWD:4000萬', '--advisor', '林', '--tag', 'VIP']],
      ['Bob', uniqueNationalId(), ['--asset', 'TWD:100萬']],
      [
        'Carol',
        uniqueNationalId(),
        ['--asset', 'TWD:900萬', '--advisor', '王', '--tag', 'VIP', '--tag', '退休'],
      ],
    ] as const;
    for (const [name, nationalId, extra] of rows) {
      const added = await cli(
        'clients',
        'add',
        '--name',
        name,
        '--national-id',
        nationalId,
        '--status',
        'active',
        ...extra,
      );
      expect(added.err).toBe('');
      ids[name] = /added (\S+)/.exec(added.out)![1]!;
    }
  });
  afterAll(() => removeTempDataDir(dir));

  it('sorts by a key either way and filters by tags, advisor and a facet', async () => {
    expect(await names('--sort', 'name')).toEqual(['Alice', 'Bob', 'Carol']);
    expect(await names('--sort', 'name', '--desc')).toEqual(['Carol', 'Bob', 'Alice']);
    expect(await names('--sort', 'totalAssetsTwd')).toEqual(['Alice', 'Carol', 'Bob']);
    expect(await names('--sort', 'totalAssetsTwd', '--asc')).toEqual(['Bob', 'Carol', 'Alice']);
    expect(await names('--sort', 'name', '--tag', 'VIP')).toEqual(['Alice', 'Carol']);
    expect(await names('--tag', 'VIP', '--tag', '退休')).toEqual(['Carol']);
    expect(await names('--advisor', '')).toEqual(['Bob']);
    expect(await names('--sort', 'name', '--kyc', 'none')).toEqual(['Alice', 'Bob', 'Carol']);
    expect(await names('--archived')).toEqual([]);
    expect((await cli('tiers', 'recompute')).code).toBe(0);
    expect(await names('--tier', 'top')).toEqual(['Alice']);
    const plain = await cli('clients', 'list', '--sort', 'name', '--limit', '1');
    expect(plain.out).toContain('1 of 3 clients');
  });

  it('refuses a bad sort key, a bad facet value and both directions, naming them', async () => {
    const sort = await cli('clients', 'list', '--sort', 'age');
    expect(sort.code).toBe(1);
    expect(sort.err).toContain('sort');
    const kyc = await cli('clients', 'list', '--kyc', 'fresh');
    expect(kyc.code).toBe(1);
    expect(kyc.err).toContain('facets.kyc: 內容無效');
    expect((await cli('clients', 'list', '--asc', '--desc')).err).toContain('--asc or --desc');
  });

  it('tags and assigns an advisor to the clients named or matched, all or none', async () => {
    const tagged = await cli('clients', 'tag', '--add', '新春', '--ids', `${ids.Alice},${ids.Bob}`, '--json');
    expect(JSON.parse(tagged.out)).toEqual({ changed: 2, unchanged: 0 });
    expect(await names('--sort', 'name', '--tag', '新春')).toEqual(['Alice', 'Bob']);

    const removed = await cli('clients', 'tag', '--remove', '新春', '--tag', 'VIP');
    expect(removed.out).toContain('1 changed, 1 unchanged');
    expect(await names('--tag', '新春')).toEqual(['Bob']);

    expect((await cli('clients', 'assign-advisor', '陳', '--advisor', '')).out).toContain('1 changed');
    expect(await names('--sort', 'name', '--advisor', '陳')).toEqual(['Bob']);

    const unknown = await cli('clients', 'tag', '--add', 'x', '--ids', `${ids.Alice},${randomUUID()}`);
    expect(unknown.code).toBe(1);
    expect(await names('--tag', 'x')).toEqual([]);
    expect(unknown.err).toContain('NOT_FOUND');
  });

  it('asks for the clients rather than change the whole book', async () => {
    const none = await cli('clients', 'assign-advisor', '林');
    expect(none.code).toBe(1);
    expect(none.err).toContain('--ids');
    expect((await cli('clients', 'tag', '--ids', ids.Alice!)).err).toContain('--add TAG or --remove TAG');
  });
});
