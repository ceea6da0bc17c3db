import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/helpers/clean-fixtures.ts'],
          // Some unit tests run the CLIs as a user would; a busy machine must not fail them.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          environment: 'node',
          // One production build at "/" and one under "/playbook/", shared by every site and browser test.
          globalSetup: ['test/site/build-sites.ts'],
          testTimeout: 120_000,
          // A busy machine (CI, or several builds at once) can take seconds to open a dialog or draw a diagram.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
