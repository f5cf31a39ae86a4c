export { createVotingApp, type VotingApp, type VotingAppOptions } from './app';
export { createDataSource, SCHEMA } from './data-source';
export { migrate } from './migrate';
export { Sealer } from './sealing';
