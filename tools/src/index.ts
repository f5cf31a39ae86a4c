/** The tools' public entry: the national seed and its reference report, for the tests and the bench. */
export {
  asPlainReport,
  groupByReport,
  type GatewayReport,
  type PlainReport,
  type PlainTotals,
} from './seed/group-by-report';
export { AlreadySeededError, seedNational, type SeedOptions, type SeedResult } from './seed/national/seed';
