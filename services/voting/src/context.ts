import type { DirectoryReader } from '@laurel/directory';
import type { PgPubSub } from '@laurel/events';
import type { RequestContext } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { NominationResult } from './session/dto/voting.types';
import type { VotingService } from './session/voting.service';

export interface Context extends RequestContext {
  db: DataSource;
  directory: DirectoryReader;
  voting: VotingService;
  pubSub: PgPubSub;
  /** A closed session's results, computed once per process (they never change). */
  results: (sessionId: string) => Promise<NominationResult[]>;
}
