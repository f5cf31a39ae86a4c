import type { DirectoryReader } from '@laurel/directory';
import type { RequestContext } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { Loaders } from './loaders';

export interface Context extends RequestContext {
  db: DataSource;
  directory: DirectoryReader;
  loaders: Loaders;
}
