import { VotingInitial1763800000000 } from './1763800000000-voting-initial.migration';
import { Voting1763900000000 } from './1763900000000-voting.migration';
import { VoteComparison1764000000000 } from './1764000000000-vote-comparison.migration';
import { RowLevelSecurity1764400000000 } from './1764400000000-row-level-security.migration';
import { DirectoryPersonLeftAt1764710000000 } from './1764710000000-directory-person-left-at.migration';
import { DraftSlateReaders1765100000000 } from './1765100000000-draft-slate-readers.migration';
export const MIGRATIONS = [
  VotingInitial1763800000000,
  Voting1763900000000,
  VoteComparison1764000000000,
  RowLevelSecurity1764400000000,
  DirectoryPersonLeftAt1764710000000,
  DraftSlateReaders1765100000000,
];
