import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/app';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';

// Found by the IPC fuzz (tests/reliability): a folder given as the backup file answered INTERNAL.
let dir = '';
beforeEach(() => (dir = makeTempDataDir()));
afterEach(() => removeTempDataDir(dir));

it.each(['backup.verify', 'backup.restore'] as const)(
  '%s refuses a folder given as the backup file with NOT_FOUND',
  async (channel) => {
    const core = createCore({ dataDir: dir, logError: () => undefined });
    try {
      const result = await core.invoke(channel, { file: dir, passphrase: 'a passphrase of mine' });
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      core.close();
    }
  },
);
