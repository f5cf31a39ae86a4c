export { createExemplarsApp, type ExemplarsApp, type ExemplarsAppOptions } from './app';
export { createDataSource, SCHEMA } from './data-source';
export { migrate } from './migrate';
