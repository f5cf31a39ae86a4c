import { NominationsInitial1763800000000 } from './1763800000000-nominations-initial.migration';
import { Nominations1763900000000 } from './1763900000000-nominations.migration';
import { NominationReviewers1764000000000 } from './1764000000000-nomination-reviewers.migration';
import { RowLevelSecurity1764400000000 } from './1764400000000-row-level-security.migration';
import { DirectoryPersonLeftAt1764710000000 } from './1764710000000-directory-person-left-at.migration';
import { RecognitionDecisions1765000000000 } from './1765000000000-recognition-decisions.migration';
import { Revocations1765000000001 } from './1765000000001-revocations.migration';
import { DecisionLineHundredths1765100000000 } from './1765100000000-decision-line-hundredths.migration';
export const MIGRATIONS = [
  NominationsInitial1763800000000,
  Nominations1763900000000,
  NominationReviewers1764000000000,
  RowLevelSecurity1764400000000,
  DirectoryPersonLeftAt1764710000000,
  RecognitionDecisions1765000000000,
  Revocations1765000000001,
  DecisionLineHundredths1765100000000,
];
