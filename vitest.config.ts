import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __OPEN_SHADOW__: 'false' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/build/**', 'tests/release/**', 'node_modules/**'],
    environment: 'happy-dom',
    pool: 'forks',
    setupFiles: ['tests/support/setup.ts'],
  },
});
