import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/app';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';

// Found by the IPC fuzz (tests/reliability): a folder given as the backup file answered INTERNAL.
// The screen shows the reason's words, so each refusal names what is wrong with the path.
let dir = '';
beforeEach(() => (dir = makeTempDataDir()));
afterEach(() => removeTempDataDir(dir));

it.each([
  ['backup.verify', 'a folder', (): string => dir, 'folder_given', '這是資料夾，不是備份檔'],
  ['backup.restore', 'a folder', (): string => dir, 'folder_given', '這是資料夾，不是備份檔'],
  [
    'backup.verify',
    'a missing file',
    (): string => join(dir, 'gone.adbackup'),
    'file_missing',
    '找不到備份檔',
  ],
  [
    'backup.restore',
    'a missing file',
    (): string => join(dir, 'gone.adbackup'),
    'file_missing',
    '找不到備份檔',
  ],
  [
    'backup.verify',
    'a network path',
    (): string => '\\\\fileserver\\share\\x.adbackup',
    'network_path',
    '不接受網路路徑',
  ],
  [
    'backup.restore',
    'a network path',
    (): string => '//fileserver/share/x.adbackup',
    'network_path',
    '不接受網路路徑',
  ],
] as const)(
  '%s refuses %s given as the backup file with NOT_FOUND and its words',
  async (channel, _what, file, problem, words) => {
    const core = createCore({ dataDir: dir, logError: () => undefined });
    try {
      const result = await core.invoke(channel, { file: file(), passphrase: 'a passphrase of mine' });
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { problem } } });
      if (!result.ok) {
        const { problems } = result.error.details as { problems: { 'zh-TW': string; en: string }[] };
        expect(problems[0]!['zh-TW']).toContain(words);
      }
    } finally {
      core.close();
    }
  },
);

// Reachable from the window since restore moved there: a FIFO would have blocked the core's thread on open.
it('refuses a FIFO given as the backup file without waiting on it', async () => {
  const fifo = join(dir, 'pipe.adbackup');
  execFileSync('mkfifo', [fifo]);
  const core = createCore({ dataDir: join(dir, 'vault'), logError: () => undefined });
  try {
    const result = await core.invoke('backup.verify', { file: fifo, passphrase: 'a passphrase of mine' });
    expect(result).toMatchObject({ ok: false, error: { details: { problem: 'not_a_file' } } });
  } finally {
    core.close();
  }
});
