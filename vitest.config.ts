import { defineConfig } from 'vitest/config';

// Unit and integration tests: shared/, core and CLI in plain Node, renderer pieces in happy-dom.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
