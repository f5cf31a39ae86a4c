export {
  parseEnv,
  loadEnv,
  loadedEnvironments,
  EnvError,
  sensitive,
  secret,
  secretOptions,
  booleanFlag,
  commaList,
} from './parse-env';
export { commonEnvShape, type CommonEnv } from './common-env';
export { StartupError, describeStartupFailure } from './startup-error';
export { SECRET_HINT, secretWeakness, productionSecretProblems, secretsMessage } from './secrets';
export { EXIT_ADDRESS_IN_USE, exitOnStartFailure, INSTANCE_HEADER } from './start-failure';
