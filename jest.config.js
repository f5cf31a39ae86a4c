/**
 * Tests are compiled by `tsc -b` with the code (decorator metadata intact) and run from dist.
 * The global setup starts one database and the whole platform, shared by every suite.
 */
const common = { testEnvironment: 'node', setupFiles: ['reflect-metadata'] };
// testTimeout is a global option: e2e tests wait on real processes.
module.exports = {
  globalSetup: '<rootDir>/libs/testing/dist/jest-global-setup.js',
  globalTeardown: '<rootDir>/libs/testing/dist/jest-global-teardown.js',
  maxWorkers: 2,
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/{libs,services}/*/dist/**/__tests__/**/*.spec.js',
        '<rootDir>/{gateway,tools}/dist/**/__tests__/**/*.spec.js',
      ],
      testPathIgnorePatterns: ['/node_modules/', '\\.int\\.spec\\.js$'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{libs,services}/*/dist/**/__tests__/**/*.int.spec.js'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/dist/e2e/**/*.spec.js'],
    },
  ],
};
