import { CouncilEntity, CouncilMemberEntity } from './council/council.entity';
import {
  BallotEntity,
  CouncilOutboxEntity,
  ParticipationEntity,
  ReceiptEntity,
  SealedBallotEntity,
  SessionNominationEntity,
  SessionResultEntity,
  VotingSessionEntity,
} from './session/session.entity';

export const ENTITIES = [
  CouncilEntity,
  CouncilMemberEntity,
  VotingSessionEntity,
  SessionNominationEntity,
  ParticipationEntity,
  SealedBallotEntity,
  ReceiptEntity,
  BallotEntity,
  SessionResultEntity,
  CouncilOutboxEntity,
];
