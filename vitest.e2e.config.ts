import { defineConfig } from 'vitest/config';

// End-to-end tier: the built extension in real Chromium (see tests/e2e/harness.ts).
// Files run one at a time: each launches its own browser on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    environment: 'node',
  },
});
