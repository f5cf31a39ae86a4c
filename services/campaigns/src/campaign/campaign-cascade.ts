import { isUnder } from '@laurel/auth';
import type { EntityManager } from 'typeorm';
import type { Directory, DirectoryOrganization } from '../directory';
import { CampaignEntity } from './campaign.entity';
import type { Problems } from './campaign-input';

/*
 * The cascade: a child campaign sits inside its parent's scope, groups, years and deadlines, and a
 * parent's deadlines stay after its children's.
 */

/** A campaign's deadlines, as an update leaves them. */
export interface CampaignDeadlines {
  registrationDeadline: Date;
  proposalDeadline: Date;
  escalationDeadline: Date | null;
}

/** A new child campaign of `parent`, launched by `org`: what the parent allows. */
export async function checkInsideParent(
  directory: Directory,
  parent: CampaignEntity,
  org: DirectoryOrganization,
  child: {
    kind: string;
    year: number;
    endYear: number;
    registration: Date;
    proposal: Date;
    escalation: Date | null;
  },
  problems: Problems,
): Promise<void> {
  const parentOrg = await directory.organization(parent.organizationId);
  // A plan's preliminary and final reviews are award rounds of its own organization (section 9).
  const review = parent.kind === 'PHASE' && child.kind !== 'PHASE' && org.id === parentOrg?.id;
  if (!parentOrg || !isUnder(org.path, parentOrg.path) || (org.id === parentOrg.id && !review)) {
    problems.add(
      'parentId',
      "the child campaign's organization must be inside the parent campaign's scope " +
        '(its own organization only for the review rounds of a PHASE plan)',
    );
  } else if (parent.groupIds.length > 0) {
    const groups = await directory.groups(parent.groupIds);
    const members = await directory.organizations([...groups.values()].flatMap((g) => g.memberIds));
    const inGroup = [...members.values()].some((m) => isUnder(org.path, m.path));
    if (!inGroup)
      problems.add('parentId', "the organization is not in the parent campaign's emulation groups");
  }
  if (parent.status === 'CLOSED' || parent.status === 'ARCHIVED')
    problems.add('parentId', `the parent campaign is ${parent.status}`);
  const bound = parent.escalationDeadline ?? parent.proposalDeadline;
  const boundName = parent.escalationDeadline ? 'escalation' : 'proposal';
  for (const [field, at] of [
    ['registrationDeadline', child.registration],
    ['proposalDeadline', child.proposal],
    ['escalationDeadline', child.escalation],
  ] as const) {
    if (at && at.getTime() > bound.getTime())
      problems.add(
        field,
        `must fall before the parent campaign's ${boundName} deadline (${bound.toISOString()})`,
      );
  }
  if (child.year < parent.year || child.endYear > parent.endYear)
    problems.add('year', `must lie within the parent campaign's years ${parent.year}–${parent.endYear}`);
}

/**
 * An update's deadlines, in its transaction: before the parent's bound, and the children's
 * deadlines before ours.
 */
export async function checkCascadeDeadlines(
  m: EntityManager,
  current: CampaignEntity,
  next: CampaignDeadlines,
  rules: Problems,
): Promise<void> {
  if (current.parentId) {
    const parent = await m.getRepository(CampaignEntity).findOneByOrFail({ id: current.parentId });
    const bound = parent.escalationDeadline ?? parent.proposalDeadline;
    const boundName = parent.escalationDeadline ? 'escalation' : 'proposal';
    for (const [field, at] of Object.entries(next))
      if (at && at.getTime() > bound.getTime())
        rules.add(
          field,
          `must fall before the parent campaign's ${boundName} deadline (${bound.toISOString()})`,
        );
  }
  const ownBound = next.escalationDeadline ?? next.proposalDeadline;
  const children = await m.getRepository(CampaignEntity).findBy({ parentId: current.id });
  for (const child of children) {
    const latest = [child.registrationDeadline, child.proposalDeadline, child.escalationDeadline]
      .filter((d): d is Date => !!d)
      .reduce((a, b) => (a.getTime() > b.getTime() ? a : b));
    if (latest.getTime() > ownBound.getTime())
      rules.add(
        next.escalationDeadline ? 'escalationDeadline' : 'proposalDeadline',
        `the child campaign "${child.title}" has a deadline after it (${latest.toISOString()}): move the child's first`,
      );
  }
}
