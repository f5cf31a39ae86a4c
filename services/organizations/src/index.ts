export { createOrganizationsApp, type OrganizationsApp, type OrganizationsAppOptions } from './app';
export { createDataSource, SCHEMA } from './data-source';
export { migrate } from './migrate';
