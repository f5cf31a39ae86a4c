import { ReportingInitial1763800000000 } from './1763800000000-reporting-initial.migration';
import { Reporting1763900000000 } from './1763900000000-reporting.migration';
import { SubtreeTotals1764000000000 } from './1764000000000-subtree-totals.migration';
import { CampaignYears1764100000000 } from './1764100000000-campaign-years.migration';
import { CascadeTotals1764250000000 } from './1764250000000-cascade-totals.migration';
import { RowLevelSecurity1764400000000 } from './1764400000000-row-level-security.migration';
import { DirectoryXidIndex1764500000000 } from './1764500000000-directory-xid-index.migration';
import { DirectoryPersonLeftAt1764710000000 } from './1764710000000-directory-person-left-at.migration';
import { RevokedOutOfTotals1765100000000 } from './1765100000000-revoked-out-of-totals.migration';
import { OrgReportFunction1765300000000 } from './1765300000000-org-report-function.migration';
export const MIGRATIONS = [
  ReportingInitial1763800000000,
  Reporting1763900000000,
  SubtreeTotals1764000000000,
  CampaignYears1764100000000,
  CascadeTotals1764250000000,
  RowLevelSecurity1764400000000,
  DirectoryXidIndex1764500000000,
  DirectoryPersonLeftAt1764710000000,
  RevokedOutOfTotals1765100000000,
  OrgReportFunction1765300000000,
];
