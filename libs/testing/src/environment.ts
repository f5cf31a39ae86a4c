/** Variables the global setup hands to the test workers. */
export const TEST_ENV = {
  databaseUrl: 'LAUREL_TEST_DATABASE_URL',
  gatewayUrl: 'LAUREL_TEST_GATEWAY_URL',
  gatewayMetricsUrl: 'LAUREL_TEST_GATEWAY_METRICS_URL',
  /** Where the test platform's processes write their logs, one file each (`<process>.log`). */
  logDir: 'LAUREL_TEST_LOG_DIR',
  jwtSecret: 'LAUREL_TEST_JWT_SECRET',
  internalSecret: 'LAUREL_TEST_INTERNAL_SECRET',
  subgraphUrls: 'LAUREL_TEST_SUBGRAPH_URLS',
  votingSealingKey: 'LAUREL_TEST_VOTING_SEALING_KEY',
} as const;

export const PLATFORM_ADMIN = 'platform-admin';

export function testEnv(key: keyof typeof TEST_ENV): string {
  const value = process.env[TEST_ENV[key]];
  if (!value) throw new Error(`${TEST_ENV[key]} is not set: run the tests through jest (npm test)`);
  return value;
}
