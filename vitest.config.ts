import { configDefaults, defineConfig } from 'vitest/config';

// Two projects: `unit` runs the sources in-process; `main` holds the black-box tests (files ending in
// -main.test.ts) that start the built entry point (dist/main.js) the way `npm start` does, so it builds first.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/**/*-main.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'main',
          include: ['tests/**/*-main.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
        },
      },
    ],
  },
});
