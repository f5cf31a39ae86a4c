import type { CombinedError } from '@urql/core';
import type { EscalationNominationsQuery } from '../../gql/graphql';

/** A nomination as the escalation page lists it (recognized or escalated). */
export type Listed = NonNullable<EscalationNominationsQuery['nominations']>['edges'][number]['node'];

export interface UpCampaign {
  id: string;
  title: string;
  year: number;
  status: string;
  proposalDeadline: string;
  escalationDeadline?: string | null;
  organization: { id: string; name: string; kind: string };
  distinctions: readonly { code: string }[];
  parent?: UpCampaign | null;
}

export interface CatalogueDistinction {
  code: string;
  nameVi: string;
  nameEn: string;
  targets: readonly string[];
  level: string;
}

/** Nearest the nation = 0; the rank the nominations service compares levels with. */
const LEVEL_RANK: Record<string, number> = {
  NATION: 0,
  PROVINCE: 1,
  AGENCY: 2,
  DISTRICT: 2,
  COMMUNE: 3,
  INSTITUTION: 4,
  UNIT: 5,
  MASS_ORGANIZATION: 5,
};
const rank = (kind: string) => LEVEL_RANK[kind] ?? LEVEL_RANK.UNIT!;

/**
 * Where a recognized nomination can go: the campaigns above its own in the cascade that belong to
 * another (an ancestor) organization, nearest first. A parent of the same organization (a phase's
 * review round) is passed over, as the service refuses it.
 */
export function escalationTargets(campaign: UpCampaign): UpCampaign[] {
  const out: UpCampaign[] = [];
  for (let up = campaign.parent; up; up = up.parent)
    if (up.organization.id !== campaign.organization.id) out.push(up);
  return out;
}

/** The instant after which the service refuses: the source campaign's escalation deadline. */
export function escalationDeadline(source: UpCampaign, target: UpCampaign): string {
  return source.escalationDeadline ?? target.proposalDeadline;
}

/**
 * The other distinctions a recognized nomination can be escalated for in a target campaign (SPEC
 * 9): of the nominee's target, listed by the campaign (none listed: all), conferred at the target
 * organization's level or above, and not below the one recognized. Highest level first.
 */
export function higherDistinctions(
  from: { code: string; level: string },
  nomineeTarget: string,
  target: UpCampaign,
  catalogue: readonly CatalogueDistinction[],
): CatalogueDistinction[] {
  const allowed = new Set(target.distinctions.map((d) => d.code));
  return catalogue
    .filter(
      (d) =>
        d.code !== from.code &&
        d.targets.includes(nomineeTarget) &&
        (allowed.size === 0 || allowed.has(d.code)) &&
        rank(d.level) <= rank(target.organization.kind) &&
        rank(d.level) <= rank(from.level),
    )
    .sort((a, b) => rank(a.level) - rank(b.level));
}

export type Refusal =
  | { key: 'deadline'; deadline: string | null }
  | {
      key:
        | 'notRecognized'
        | 'targetNotOpen'
        | 'foreignCampaign'
        | 'distinction'
        | 'inactive'
        | 'prerequisite'
        | 'notEligible'
        | 'duplicate'
        | 'quota'
        | 'notFound'
        | 'forbidden'
        | 'other';
    };

/** A refusal of escalateNomination or publishExemplar, by its contract code, as a sentence key. */
export function refusalOf(error: CombinedError): Refusal {
  for (const e of error.graphQLErrors) {
    const x = e.extensions ?? {};
    switch (x.code) {
      case 'DEADLINE_PASSED':
        return { key: 'deadline', deadline: typeof x.deadline === 'string' ? x.deadline : null };
      case 'INVALID_TRANSITION':
        return { key: /target campaign/i.test(e.message) ? 'targetNotOpen' : 'notRecognized' };
      case 'BAD_USER_INPUT':
        if (x.reason === 'PERSON_INACTIVE') return { key: 'inactive' };
        if (x.field === 'toCampaignId') return { key: 'foreignCampaign' };
        if (x.field === 'distinctionCode') return { key: 'distinction' };
        return { key: 'other' };
      case 'NOT_ELIGIBLE':
        return { key: x.reason === 'PREREQUISITE_MISSING' ? 'prerequisite' : 'notEligible' };
      case 'DUPLICATE_NOMINATION':
        return { key: 'duplicate' };
      case 'QUOTA_EXCEEDED':
        return { key: 'quota' };
      case 'NOT_FOUND':
        return { key: 'notFound' };
      case 'FORBIDDEN':
        return { key: 'forbidden' };
    }
  }
  return { key: 'other' };
}

/** A campaign as the applying list gives it: its parent by id only. */
export type ListedCampaign = Omit<UpCampaign, 'parent'> & { parent?: { id: string } | null };

/** Links the applying campaigns to their parents (a parent not in the list ends the chain). */
export function linkCampaigns(list: readonly ListedCampaign[]): Map<string, UpCampaign> {
  const byId = new Map<string, UpCampaign>(list.map((c) => [c.id, { ...c, parent: null }]));
  for (const c of list) {
    const linked = byId.get(c.id)!;
    let parent = c.parent ? (byId.get(c.parent.id) ?? null) : null;
    // A cycle cannot come from the server; it would not hang the page either.
    for (let up = parent; up; up = up.parent ?? null) if (up === linked) parent = null;
    linked.parent = parent;
  }
  return byId;
}
