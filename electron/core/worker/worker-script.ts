import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * How this process starts one of its worker threads (the core, the chart renderer), whether it runs
 * built (electron-vite writes `<name>.js` to out/main, and this module lands in one of the bundles
 * there or in a shared chunk in out/main/chunks) or from the TypeScript sources (tsx, vitest:
 * `<name>.ts` beside this file).
 */
export function workerEntry(name: string): string {
  const here = import.meta.dirname;
  const built = [join(here, `${name}.js`), join(here, '..', `${name}.js`)].find((file) => existsSync(file));
  return built ?? join(here, `${name}.ts`);
}

/** The repository's tsconfig, from the sources (this file is electron/core/worker/worker-script.ts). */
const SOURCE_TSCONFIG = join(import.meta.dirname, '..', '..', '..', 'tsconfig.json');

/**
 * What to give `new Worker()`. A .ts entry needs tsx inside the worker. On Node 20 a worker ignores
 * module hooks (`execArgv: ['--import', 'tsx']` fails with ERR_UNKNOWN_FILE_EXTENSION), so a small
 * CommonJS script installs tsx's require hook and requires the entry, which then loads as CommonJS.
 * tsx looks for the tsconfig from the working directory, which may be anywhere: it is named, or
 * the charts' JSX would compile to React.createElement with no React in scope.
 */
export function workerScript(entry: string): { script: string; eval: boolean } {
  if (!entry.endsWith('.ts')) return { script: entry, eval: false };
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs');
  const script = [
    `process.env.TSX_TSCONFIG_PATH = ${JSON.stringify(SOURCE_TSCONFIG)};`,
    `require(${JSON.stringify(tsx)});`,
    `require(${JSON.stringify(entry)});`,
  ].join(' ');
  return { script, eval: true };
}
