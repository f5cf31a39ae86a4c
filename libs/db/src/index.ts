export { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres/server';
export { freePort } from './embedded-postgres/free-port';
export { systemDefaults, type EmbeddedPostgresSystem, type ServerAccount } from './embedded-postgres/system';
export { createServiceDataSource, type ServiceDataSourceOptions } from './data-source';
export { ensureDatabase, dropDatabase, withDatabase } from './database-admin';
export { pendingSchemaChanges } from './schema-drift';
export { isUniqueViolation, isForeignKeyViolation } from './pg-errors';
export { keysetPage, type KeysetOrder, type KeysetResult } from './keyset';
export { runServiceMigrations } from './migrate';
export { withTenantScope, asSystem, preparedQuery, preparedScopedQuery, SCOPE_SETTING } from './tenant-scope';
export {
  enableRowLevelSecurity,
  LEAKPROOF_LTREE_FUNCTIONS,
  type RowSecurityPlan,
} from './row-level-security';
