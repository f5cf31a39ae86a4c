export {
  defineServiceDataSource,
  type ServiceDataSource,
  type ServiceDataSourceDefinition,
} from './data-source';
export { nominationsFeedBacklog, type NominationsFeedBacklogOptions } from './feed-backlog';
export {
  databaseReady,
  runSubgraph,
  type RunSubgraphOptions,
  type RunningSubgraph,
  type SubgraphBase,
  type SubgraphEnv,
  type SubgraphStart,
} from './run-subgraph';
export {
  createServiceInfoResolver,
  schemaVersion,
  ServiceInfo,
  type ServiceInfoResolverClass,
} from './service-info';
export {
  startSubgraphForTest,
  testServerUrl,
  type GraphQLAnswer,
  type SubgraphTestHarness,
  type SubgraphTestOptions,
} from './testing';
