import { OrganizationsInitial1763700000000 } from './1763700000000-organizations-initial.migration';

export const MIGRATIONS = [OrganizationsInitial1763700000000];
