import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Checks on the real data in ../shared (override with NDY_SHARED_DIR); not part of `npm test`.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/real/**/*.real.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    environment: 'node',
    setupFiles: ['tests/setup/taggers.ts'],
  },
});
