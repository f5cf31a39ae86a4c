import 'reflect-metadata';
import { reportingDataSource } from './data-source';

/** Runs this service's migrations against `url`; returns the names of those that ran. */
export const migrate = reportingDataSource.migrate;
