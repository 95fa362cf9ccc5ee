import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // The black-box tests run the built entry point; building once here keeps them honest.
    globalSetup: ['tests/global-setup.ts'],
  },
});
