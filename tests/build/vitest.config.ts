import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The checks on a finished build (dist/), which `npm test` runs after its build step; the default
// Vitest run, before any build, leaves them out.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    env: { VITE_TEST_STORIES: '1' },
  },
});
