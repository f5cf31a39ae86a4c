import type { RequestContext } from '@laurel/graphql';
import type { DataSource } from 'typeorm';

export interface Context extends RequestContext {
  db: DataSource;
}
