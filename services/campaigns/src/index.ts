export { createCampaignsApp, type CampaignsApp, type CampaignsAppOptions } from './app';
export { createDataSource, SCHEMA } from './data-source';
export { migrate } from './migrate';
