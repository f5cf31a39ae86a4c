export * from './feed';
export {
  directoryTablesSql,
  dropDirectoryTablesSql,
  directoryRowSecurity,
  directoryPersonLeftAtSql,
  dropDirectoryPersonLeftAtSql,
} from './tables';
export { applyFeedRows } from './apply';
export { DirectorySync, DIRECTORY_CHANNEL, type DirectorySyncOptions } from './sync';
export { DirectoryReader, type KnownOrganization, type KnownPerson, type KnownGroup } from './reader';
