import { OrganizationsInitial1763700000000 } from './1763700000000-organizations-initial.migration';
import { DirectoryFeed1763900000000 } from './1763900000000-directory-feed.migration';
import { IdentityGeneration1764200000000 } from './1764200000000-identity-generation.migration';
import { RowLevelSecurity1764400000000 } from './1764400000000-row-level-security.migration';
import { PersonAccountIndex1764500000000 } from './1764500000000-person-account-index.migration';
import { PersonLeftAt1764710000000 } from './1764710000000-person-left-at.migration';
export const MIGRATIONS = [
  OrganizationsInitial1763700000000,
  DirectoryFeed1763900000000,
  IdentityGeneration1764200000000,
  RowLevelSecurity1764400000000,
  PersonAccountIndex1764500000000,
  PersonLeftAt1764710000000,
];
