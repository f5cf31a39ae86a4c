/**
 * `npm run test:faults`: the platform against a PostgreSQL of its own (never DATABASE_URL's),
 * with the database and processes killed and restarted under load; a minute or two, so not part
 * of `npm test`. The suite starts the embedded PostgreSQL itself (it must restart it), whose
 * package is ESM: hence `node --experimental-vm-modules` in the npm script.
 */
module.exports = {
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  testMatch: ['<rootDir>/test/dist/faults/**/*.spec.js'],
  testTimeout: 120000,
  maxWorkers: 1,
};
