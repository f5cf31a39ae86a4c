export type CouncilRole = 'CHAIR' | 'VICE_CHAIR' | 'SECRETARY' | 'MEMBER';
export const COUNCIL_ROLES: readonly CouncilRole[] = ['CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER'];

export interface MemberDraft {
  personId: string;
  fullName: string;
  role: CouncilRole;
}

export type CouncilProblem =
  'name.empty' | 'members.empty' | 'members.twice' | 'members.chairs' | 'members.many';

/** The voting service's rules for a council, checked as the user types. */
export function councilProblems(
  name: string,
  members: readonly MemberDraft[],
): {
  name?: CouncilProblem;
  members?: CouncilProblem;
} {
  const problems: { name?: CouncilProblem; members?: CouncilProblem } = {};
  if (!name.trim()) problems.name = 'name.empty';
  const ids = members.map((m) => m.personId);
  if (members.length === 0) problems.members = 'members.empty';
  else if (members.length > 200) problems.members = 'members.many';
  else if (new Set(ids).size !== ids.length) problems.members = 'members.twice';
  else if (members.filter((m) => m.role === 'CHAIR').length > 1) problems.members = 'members.chairs';
  return problems;
}

/** Adding a member to a council that exists: a CHAIR only when it has none. */
export function memberProblem(
  existing: readonly { person: { id: string }; role: string }[],
  personId: string,
  role: CouncilRole,
): CouncilProblem | undefined {
  if (existing.some((m) => m.person.id === personId)) return 'members.twice';
  if (role === 'CHAIR' && existing.some((m) => m.role === 'CHAIR')) return 'members.chairs';
  return undefined;
}
