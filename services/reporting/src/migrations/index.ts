import { ReportingInitial1763800000000 } from './1763800000000-reporting-initial.migration';

export const MIGRATIONS = [ReportingInitial1763800000000];
