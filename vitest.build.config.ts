// Checks over the built extensions in dist/ (run after `npm run build`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['tests/build/**/*.test.ts'], environment: 'node' },
});
