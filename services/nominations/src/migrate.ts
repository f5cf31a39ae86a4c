import 'reflect-metadata';
import { nominationsDataSource } from './data-source';

/** Runs this service's migrations against `url`; returns the names of those that ran. */
export const migrate = nominationsDataSource.migrate;
