import 'reflect-metadata';
import { votingDataSource } from './data-source';

/** Runs this service's migrations against `url`; returns the names of those that ran. */
export const migrate = votingDataSource.migrate;
