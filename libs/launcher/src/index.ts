export { SERVICES, ROOT, type ServiceName } from './services';
export { migrateAll } from './migrate-all';
export {
  launchGateway,
  launchPlatform,
  type LaunchedGateway,
  type Platform,
  type PlatformProcess,
  type ProcessName,
  type ProcessExit,
  type ProcessOutput,
  type LaunchOptions,
} from './launch';
