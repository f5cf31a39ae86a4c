import { CampaignsInitial1763800000000 } from './1763800000000-campaigns-initial.migration';
import { Campaigns1763900000000 } from './1763900000000-campaigns.migration';

export const MIGRATIONS = [CampaignsInitial1763800000000, Campaigns1763900000000];
