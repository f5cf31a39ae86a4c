import 'reflect-metadata';
import { exemplarsDataSource } from './data-source';

/** Runs this service's migrations against `url`; returns the names of those that ran. */
export const migrate = exemplarsDataSource.migrate;
