import { VotingInitial1763800000000 } from './1763800000000-voting-initial.migration';

export const MIGRATIONS = [VotingInitial1763800000000];
