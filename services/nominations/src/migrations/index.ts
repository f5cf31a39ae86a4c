import { NominationsInitial1763800000000 } from './1763800000000-nominations-initial.migration';

export const MIGRATIONS = [NominationsInitial1763800000000];
