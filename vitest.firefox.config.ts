import { defineConfig } from 'vitest/config';

// Firefox tier: the built Firefox add-on in real Firefox over WebDriver BiDi (scripts/lib/firefox.ts).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    environment: 'node',
  },
});
