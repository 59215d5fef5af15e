import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../electron/core/app';
import { parseClientCsv } from '../../../../electron/core/features/clients/csv';
import { productInputSchema } from '../../../../shared/features/products/schema';
import { translateValidation } from '../../../../shared/i18n/messages';
import type { Result } from '../../../../shared/ipc/result';
import { clientData } from '../../db/fixtures';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';

const PASSPHRASE = 'unreadable text passphrase 5';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

let dir: string;
let core: Core;
beforeEach(async () => {
  dir = makeTempDataDir();
  core = createCore({ dataDir: dir, checkOutputs: true, logError: () => undefined });
  value(await core.invoke('vault.setup', { passphrase: PASSPHRASE }));
});
afterEach(() => {
  core.close();
  removeTempDataDir(dir);
});

describe('NUL and U+FFFD in names and notes', () => {
  it.each([
    ['name', { name: '王\u0000小明' }],
    ['name', { name: '王小明\uFFFD' }],
    ['notes', { notes: '備註\u0000' }],
    ['notes', { notes: '\uFFFD備註' }],
    ['address', { address: '臺北市\u0000' }],
    ['tags', { tags: ['高資產\uFFFD'] }],
    ['name', { name: '王\ud800小明' }],
    ['notes', { notes: '備註\udc00' }],
  ] as [string, Parameters<typeof clientData>[0]][])(
    'refuses them in %s at the IPC boundary, with a zh-TW message',
    async (field, data) => {
      const result = await core.invoke('clients.create', { data: clientData(data) });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('VALIDATION');
      const issues = (result.error.details as { issues: { path: (string | number)[]; message: string }[] })
        .issues;
      expect(issues).toContainEqual(
        expect.objectContaining({
          path: expect.arrayContaining(['data', field]),
          message: 'validation.unreadableCharacter',
        }),
      );
      expect(translateValidation('validation.unreadableCharacter', 'zh-TW')).toMatch(/無法辨識的字元/);
      expect((value(await core.invoke('clients.list', {})) as { total: number }).total).toBe(0);
    },
  );

  it('refuses them in a product name too (every text field shares the rule)', () => {
    const parsed = productInputSchema.shape.nameZh.safeParse('基金\u0000');
    expect(parsed.success).toBe(false);
  });

  it('exports a client saved before the rule so that the file imports back', async () => {
    const created = value(
      await core.invoke('clients.create', { data: clientData({ name: '林小華', notes: '舊備註' }) }),
    ) as { id: string };
    core.session
      .database()
      .prepare('UPDATE clients SET name = ?, notes = ? WHERE id = ?')
      .run('林\u0000小華', '舊\uFFFD備註', created.id);
    const { csv } = value(await core.invoke('clients.exportCsv', { includeNationalId: true })) as {
      csv: string;
    };
    const [row] = parseClientCsv(csv).rows;
    expect(row).toMatchObject({ name: '林小華', notes: '舊備註' });
  });
});
