import { defineConfig } from 'vitest/config';

// End-to-end: Debian's Chromium through playwright-core against the loopback browser host.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
