import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts'],
    environment: 'node',
    // Whole-machine replays take a few seconds; on a busy 2-core machine several times that.
    // A hang still fails, a minute later.
    testTimeout: 60_000,
  },
  resolve: { alias: { '@': new URL('./', import.meta.url).pathname } },
});
