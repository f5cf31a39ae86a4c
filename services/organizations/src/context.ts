import type { PgPubSub } from '@laurel/events';
import type { RequestContext } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { Loaders } from './loaders';

export interface Context extends RequestContext {
  db: DataSource;
  loaders: Loaders;
  pubSub: PgPubSub;
}
