import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The `electronFuses:` block of electron-builder.yml as key → boolean (flat `key: value # why` lines). */
function fusesInBuilderConfig(): Record<string, boolean> {
  const lines = readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8').split(/\r?\n/);
  const start = lines.findIndex((line) => /^electronFuses:\s*$/.test(line));
  expect(start, 'electron-builder.yml has an electronFuses block').toBeGreaterThanOrEqual(0);
  const fuses: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break; // the next top-level key
    const entry = /^\s+([A-Za-z]+):\s*(true|false)\s*(#.*)?$/.exec(line);
    if (entry) fuses[entry[1]!] = entry[2] === 'true';
  }
  return fuses;
}

describe('Electron fuses flipped at packaging', () => {
  it('turns off RunAsNode, NODE_OPTIONS and --inspect; turns on cookie encryption, ASAR integrity and ASAR-only loading', () => {
    expect(fusesInBuilderConfig()).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: true,
    });
  });

  it('keeps file:// privileges only because the renderer is loaded from file://', () => {
    const main = readFileSync(resolve(ROOT, 'electron/main/index.ts'), 'utf8');
    expect(main).toMatch(/pathToFileURL\(RENDERER_INDEX\)/);
  });

  it('packages the Electron 45 patch the lockfile installs', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    expect(pkg.devDependencies.electron).toBe('45.5.0');
    expect(lock.packages['node_modules/electron']?.version).toBe('45.5.0');
  });
});
