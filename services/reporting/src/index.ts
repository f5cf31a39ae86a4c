export { createReportingApp, type ReportingApp, type ReportingAppOptions } from './app';
export { createDataSource, SCHEMA } from './data-source';
export { migrate } from './migrate';
export { rebuildRollupsIn } from './report/rebuild';
