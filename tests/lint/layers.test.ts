import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The rule ids lint reports for this source placed at this path. */
async function violations(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: resolve(ROOT, path) });
  return (result?.messages ?? [])
    .map((m) => m.ruleId ?? 'parse')
    .filter((id) => id === 'no-restricted-imports' || id === 'local/feature-boundaries');
}

describe('process layers are enforced by lint', () => {
  it.each([
    ['shared/features/x/x.ts', "import { readFileSync } from 'node:fs'; export const x = readFileSync;"],
    [
      'shared/features/x/x.ts',
      "import { createCore } from '../../electron/core/app'; export const x = createCore;",
    ],
    ['shared/features/x/x.ts', "import { Button } from 'antd'; export const x = Button;"],
    [
      'renderer/src/x.ts',
      "import { createCore } from '../../electron/core/app'; export const x = createCore;",
    ],
    ['renderer/src/x.ts', "import { join } from 'node:path'; export const x = join;"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron'; export const x = ipcRenderer;"],
    ['electron/core/x.ts', "import { app } from 'electron'; export const x = app;"],
    ['electron/core/x.ts', "import { api } from '../../renderer/src/lib/api'; export const x = api;"],
    ['electron/main/x.ts', "import { Vault } from '../core/vault/vault'; export const x = Vault;"],
    ['electron/main/x.ts', "import { createCore } from '../core/app'; export const x = createCore;"],
    [
      'electron/core/x.ts',
      "import { C } from '../../renderer/src/features/clients/ClientTable'; export const x = C;",
    ],
    ['shared/charts/x.tsx', "import { Button } from 'antd'; export const x = Button;"],
    [
      'shared/kernel/x.ts',
      "import { CLIENT_LABELS } from '../features/clients'; export const x = CLIENT_LABELS;",
    ],
    ['shared/kernel/x.ts', "import { LANGUAGES } from '../i18n/messages'; export const x = LANGUAGES;"],
    [
      'electron/core/features/demo/x.ts',
      "import { s } from '../../../../shared/features/clients/schema'; export const x = s;",
    ],
    ['electron/core/app.ts', "import { s } from './features/clients/service'; export const x = s;"],
    // A sibling feature's inner file, written without `features/` in the path.
    ['shared/features/suitability/x.ts', "import { s } from '../kyc/profile'; export const x = s;"],
    [
      'electron/preload/x.ts',
      "import { contract } from '../../shared/ipc/contract'; export const x = contract;",
    ],
  ])('refuses %s: %s', async (path, source) => {
    expect((await violations(path, source)).length).toBeGreaterThan(0);
  });

  it.each([
    ['shared/features/x/x.ts', "import { z } from 'zod'; export const x = z;"],
    ['shared/kernel/x.ts', "import { CURRENCIES } from './money'; export const x = CURRENCIES;"],
    ['renderer/src/x.ts', "import { contract } from '../../shared/ipc/contract'; export const x = contract;"],
    [
      'electron/core/documents/x.ts',
      "import { C } from '../../../shared/charts/AssetsByCurrencyChart'; export const x = C;",
    ],
    ['shared/charts/x.tsx', "import { PieChart } from 'recharts'; export const x = PieChart;"],
    [
      'electron/core/features/clients/x.ts',
      "import { s } from '../../../../shared/features/clients/schema'; export const x = s;",
    ],
    [
      'electron/core/features/demo/x.ts',
      "import { s } from '../../../../shared/features/clients'; export const x = s;",
    ],
    [
      'electron/main/x.ts',
      "import { startCoreWorker } from '../core/worker/core-client'; export const x = startCoreWorker;",
    ],
    [
      'electron/preload/x.ts',
      "import { CHANNEL_NAMES } from '../../shared/ipc/channel-names'; export const x = CHANNEL_NAMES;",
    ],
  ])('allows %s: %s', async (path, source) => {
    expect(await violations(path, source)).toEqual([]);
  });
});
