export { parseEnv, EnvError, sensitive, booleanFlag, commaList } from './parse-env';
export { commonEnvShape, type CommonEnv } from './common-env';
