export { buildFederatedSchema, type FederatedSchemaOptions } from './federated-schema';
export * from './errors';
export { formatError } from './format-error';
export {
  PageInfo,
  ConnectionArgs,
  connectionType,
  encodeCursor,
  decodeCursor,
  type Page,
  pageFromKeyset,
  emptyPage,
  clampFirst,
} from './relay';
export { startSubgraphServer, type SubgraphServer, type SubgraphServerOptions } from './subgraph-server';
export type { RequestContext } from './context';
export { assertCan, assertAuthenticated, readsReportsOnly, type AssertCanOptions } from './authorize';
export { isId } from './ids';
export { ImportError, ImportResult } from './import-result';
export { groupByKeys, hashRequest } from './batching';
