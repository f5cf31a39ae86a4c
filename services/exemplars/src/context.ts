import type { DirectoryReader } from '@laurel/directory';
import type { RequestContext } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { EventConsumer } from './exemplar/event-consumer';
import type { Loaders } from './loaders';
import type { Peers } from './peers';

export interface Context extends RequestContext {
  db: DataSource;
  directory: DirectoryReader;
  peers: Peers;
  events: EventConsumer;
  loaders: Loaders;
}
