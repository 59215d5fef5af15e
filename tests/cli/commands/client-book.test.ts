import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';
import { cliRunner } from './cli-runner';

describe('clients archive and merge', () => {
  let dir = '';
  const cli = cliRunner(() => dir, { ADVISORDESK_PASSPHRASE: 'cli book passphrase' });
  const add = async (...args: string[]) =>
    /added (\S+)/.exec((await cli('clients', 'add', ...args)).out)![1]!;

  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await cli('init')).code).toBe(0);
  });
  afterAll(() => removeTempDataDir(dir));

  it('archives and restores a client, printing it as JSON', async () => {
    const id = await add('--name', '封存客', '--national-id', 'A123456789', '--status', 'active');
    const archived = await cli('clients', 'archive', id);
    expect(archived).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(archived.out)).toMatchObject({ id, archivedAt: expect.any(String) });
    const restored = await cli('clients', 'archive', id, '--restore');
    expect(JSON.parse(restored.out).archivedAt).toBeUndefined();
  });

  it('merges a prospect entered without a national ID into the client kept, and refuses two IDs in zh-TW', async () => {
    const keep = await add(
      '--name',
      '合併客',
      '--national-id',
      'B223456782',
      '--status',
      'active',
      '--tag',
      '退休',
    );
    const duplicate = await add('--name', '合併客', '--phone', '0911-000-111', '--tag', '研討會');
    const merged = await cli('clients', 'merge', '--keep', keep, '--merge', duplicate);
    expect(merged).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(merged.out)).toMatchObject({
      client: { id: keep, phone: '0911-000-111', tags: ['退休', '研討會'] },
      moved: [],
    });
    expect((await cli('clients', 'show', duplicate)).code).not.toBe(0);

    const other = await add('--name', '另一人', '--national-id', 'C123456781', '--status', 'active');
    const refused = await cli('clients', 'merge', '--keep', keep, '--merge', other);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('兩份資料都有身分證字號，是兩位不同的人，不能合併');
  });
});
