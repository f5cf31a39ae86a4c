import { CampaignsInitial1763800000000 } from './1763800000000-campaigns-initial.migration';

export const MIGRATIONS = [CampaignsInitial1763800000000];
