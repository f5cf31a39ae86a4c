import { registerEnumType } from 'type-graphql';

export enum CouncilKind {
  EMULATION = 'EMULATION',
  INITIATIVE = 'INITIATIVE',
}
export enum CouncilRole {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
  SECRETARY = 'SECRETARY',
  MEMBER = 'MEMBER',
}
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
