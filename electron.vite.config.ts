import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

// Builds main (ESM), preload (CommonJS: a sandboxed preload cannot be a module) and the renderer,
// none of which needs the Electron binary.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The core runs in a worker thread started from index.js, and draws documents' charts in
        // another: core-worker.js and chart-worker.js sit beside it.
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          'core-worker': resolve(import.meta.dirname, 'electron/core/worker/core-worker.ts'),
          'chart-worker': resolve(import.meta.dirname, 'electron/core/worker/chart-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
