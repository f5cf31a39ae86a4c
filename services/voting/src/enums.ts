import { enumOf } from '@laurel/contracts';
import { registerEnumType } from 'type-graphql';
import { COUNCIL_ROLES } from './council/council.entity';

export enum CouncilKind {
  EMULATION = 'EMULATION',
  INITIATIVE = 'INITIATIVE',
}
/** The roles of `COUNCIL_ROLES` (the entity's list and CHECK). */
export const CouncilRole = enumOf(COUNCIL_ROLES);
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export enum VoteBase {
  TOTAL_MEMBERS = 'TOTAL_MEMBERS',
  BALLOTS_CAST = 'BALLOTS_CAST',
}
export enum VoteComparison {
  AT_LEAST = 'AT_LEAST',
  MORE_THAN = 'MORE_THAN',
}
export enum VotingStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
export enum Choice {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  ABSTAIN = 'ABSTAIN',
}

registerEnumType(CouncilKind, { name: 'CouncilKind' });
registerEnumType(CouncilRole, { name: 'CouncilRole' });
registerEnumType(VoteBase, { name: 'VoteBase' });
registerEnumType(VotingStatus, { name: 'VotingStatus' });
registerEnumType(VoteComparison, { name: 'VoteComparison' });
registerEnumType(Choice, { name: 'Choice' });
