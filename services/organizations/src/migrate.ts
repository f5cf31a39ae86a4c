import 'reflect-metadata';
import { organizationsDataSource } from './data-source';

/** Runs this service's migrations against `url`; returns the names of those that ran. */
export const migrate = organizationsDataSource.migrate;
