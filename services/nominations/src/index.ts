export { createNominationsApp, type NominationsApp, type NominationsAppOptions } from './app';
export { createDataSource, SCHEMA } from './data-source';
export { migrate } from './migrate';
