import type { RequestContext } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { Directory } from './directory';
import type { Loaders } from './loaders';

export interface Context extends RequestContext {
  db: DataSource;
  directory: Directory;
  loaders: Loaders;
}
