export { SERVICES, ROOT, type ServiceName } from './services';
export { migrateAll } from './migrate-all';
export {
  launchPlatform,
  type Platform,
  type PlatformProcess,
  type ProcessName,
  type ProcessExit,
  type LaunchOptions,
} from './launch';
