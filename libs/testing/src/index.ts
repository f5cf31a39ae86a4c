export { TEST_ENV, PLATFORM_ADMIN, testEnv } from './environment';
export { tokenFor, unsignedToken } from './tokens';
export {
  graphql,
  importFile,
  ok,
  codes,
  type GraphQLResponse,
  type GraphQLErrorShape,
  type Credentials,
  type Operation,
  type TypedDocument,
} from './graphql-client';
export { wsClient, collect } from './ws-client';
export { uniqueCode } from './seed';
export {
  default as globalSetup,
  launchTestGateway,
  restartTestPlatform,
  startTestPlatform,
  testProcessEnv,
  type TestPlatformOptions,
  type TestSecrets,
} from './jest-global-setup';
export { default as globalTeardown } from './jest-global-teardown';
