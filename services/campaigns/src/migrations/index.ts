import { CampaignsInitial1763800000000 } from './1763800000000-campaigns-initial.migration';
import { DistinctionRules1763850000000 } from './1763850000000-distinction-rules.migration';
import { Campaigns1763900000000 } from './1763900000000-campaigns.migration';
import { RowLevelSecurity1764400000000 } from './1764400000000-row-level-security.migration';
import { DirectoryPersonLeftAt1764710000000 } from './1764710000000-directory-person-left-at.migration';
import { CampaignChanges1764720000000 } from './1764720000000-campaign-changes.migration';
import { RewardCorrections1765000000000 } from './1765000000000-reward-corrections.migration';
export const MIGRATIONS = [
  CampaignsInitial1763800000000,
  DistinctionRules1763850000000,
  Campaigns1763900000000,
  RowLevelSecurity1764400000000,
  DirectoryPersonLeftAt1764710000000,
  CampaignChanges1764720000000,
  RewardCorrections1765000000000,
];
