import type { DirectoryReader } from '@laurel/directory';
import type { PgPubSub } from '@laurel/events';
import type { RequestContext } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { VotingAccess } from './access';
import type { NominationResult } from './session/dto/voting.types';
import type { ProgressService } from './session/progress.service';

export interface Context extends RequestContext {
  db: DataSource;
  directory: DirectoryReader;
  /** Who reads a council or a session (the reference resolvers ask). */
  access: VotingAccess;
  /** A session's progress and who may follow it (the votingProgress subscription asks). */
  progress: ProgressService;
  pubSub: PgPubSub;
  /** A closed session's results, computed once per process (they never change). */
  results: (sessionId: string) => Promise<NominationResult[]>;
}
