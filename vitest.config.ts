import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/announce-neo4j.ts'],
    // real processes and a real database: generous, but a hang still ends
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
