import { defineConfig } from 'vitest/config';

// Unit and integration tests of the core run in Node; end-to-end tests are Playwright's (tests/e2e).
export default defineConfig({
  test: {
    include: ['src-main/**/*.test.ts', 'src-renderer/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    globalSetup: ['tests/support/build-main.ts'],
  },
});
