import { ExemplarsInitial1764700000000 } from './1764700000000-exemplars-initial.migration';
import { Exemplars1764700000001 } from './1764700000001-exemplars.migration';
import { RowLevelSecurity1764700000002 } from './1764700000002-row-level-security.migration';
import { DirectoryPersonLeftAt1764710000000 } from './1764710000000-directory-person-left-at.migration';
import { PublicRecognitions1764720000000 } from './1764720000000-public-recognitions.migration';
export const MIGRATIONS = [
  ExemplarsInitial1764700000000,
  Exemplars1764700000001,
  RowLevelSecurity1764700000002,
  DirectoryPersonLeftAt1764710000000,
  PublicRecognitions1764720000000,
];
