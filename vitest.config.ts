import { defineConfig } from 'vitest/config';

/**
 * One runner for everything but the browser suite: pure units (shared, web), and the
 * server's service and API tests on a real database — PGlite by default, PostgreSQL when
 * ZS_TEST_DATABASE_URL is set (scripts/test.mjs runs both).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', include: ['packages/shared/src/**/*.test.ts'] } },
      // Component tests render antd in jsdom (\`// @vitest-environment jsdom\` in the file): seconds each on a busy machine.
      { test: { name: 'web', include: ['apps/web/src/**/*.test.{ts,tsx}'], testTimeout: 30_000 } },
      {
        test: {
          name: 'server',
          include: ['apps/server/src/**/*.test.ts'],
          globalSetup: ['apps/server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
