// Checks over release/ after `npm run package`: the zips' contents, the linter, the rebuild from the
// sources zip, and a smoke test of each store zip in a real browser. One file at a time (two cores).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/release/**/*.{test,e2e}.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    pool: 'forks',
  },
});
