import { isUnder } from '@laurel/auth';
import { idsOfPath, type DirectoryReader, type KnownOrganization } from '@laurel/directory';
import { BadUserInputError, NotFoundError } from '@laurel/graphql';
import { normalizeText } from '@laurel/i18n';
import type { CampaignInfo } from '../campaigns-client';
import type { CatalogueClient } from '../catalogue-client';
import type { DossierInput, RegisterNominationInput } from './dto/nomination.input';
import type { DataSource } from 'typeorm';
import { assertPrerequisitesAndCaps } from '../eligibility';
import type { DossierValue, NominationEntity } from './nomination.entity';

/*
 * What a registration and a proposal check before anything is written: the campaign's groups,
 * the nominee, the distinction, the dossier. Each throws the contract's error (docs/API.md §1).
 */

/** Catalogue levels, highest first: a distinction is conferred by the head of one of these. */
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

const MAX_SUMMARY = 20_000;
const MAX_EVIDENCE = 200;

/** A campaign limited to emulation groups reaches only their members' subtrees (else NOT_FOUND). */
export async function assertInGroups(
  directory: DirectoryReader,
  campaign: CampaignInfo,
  submitter: KnownOrganization,
): Promise<void> {
  if (campaign.groupIds.length === 0) return;
  const groups = await directory.groups(campaign.groupIds);
  const members = await directory.organizations([...groups.values()].flatMap((g) => g.memberIds));
  if (![...members.values()].some((m) => isUnder(submitter.path, m.path)))
    throw new NotFoundError('Campaign', campaign.id);
}

/** The nominee of a registration: a person of the submitter's staff scope, or an organization inside it. */
export async function nomineeOf(
  directory: DirectoryReader,
  input: RegisterNominationInput,
  submitter: KnownOrganization,
  campaignOrg: KnownOrganization,
): Promise<{
  personId: string | null;
  organizationId: string | null;
  name: string;
  target: 'INDIVIDUAL' | 'COLLECTIVE';
}> {
  if (input.nomineePersonId) {
    // Fresh: a person deactivated a moment ago is not nominated (section 9).
    const person = await directory.person(input.nomineePersonId, { fresh: true });
    if (!person) throw new NotFoundError('Person', input.nomineePersonId);
    // Staff of another organization are not the submitter's to see (people follow the subtree);
    // a mass organization's campaign reaches the staff of its institution (section 9).
    const scope = await staffScope(directory, submitter, campaignOrg);
    if (!isUnder(person.orgPath, scope)) throw new NotFoundError('Person', input.nomineePersonId);
    if (person.leftAt)
      throw new BadUserInputError(
        `nomineePersonId: ${person.fullName} left on ${new Date(person.leftAt).toISOString().slice(0, 10)} and can no longer be nominated`,
        { field: 'nomineePersonId', reason: 'PERSON_INACTIVE' },
      );
    return { personId: person.id, organizationId: null, name: person.fullName, target: 'INDIVIDUAL' };
  }
  const org = await directory.organization(input.nomineeOrganizationId as string);
  if (!org) throw new NotFoundError('Organization', input.nomineeOrganizationId as string);
  if (!isUnder(org.path, submitter.path))
    throw new BadUserInputError(
      'nomineeOrganizationId: the nominee must be the submitting organization or inside it',
      {
        field: 'nomineeOrganizationId',
      },
    );
  return { personId: null, organizationId: org.id, name: org.name, target: 'COLLECTIVE' };
}

/**
 * Whose staff a submitter may nominate: its own subtree; for a campaign launched by a
 * MASS_ORGANIZATION (trade union, youth union, women's committee, veterans' association) and
 * submitted by it, the staff of the institution it belongs to (its nearest INSTITUTION
 * ancestor, else its parent).
 */
async function staffScope(
  directory: DirectoryReader,
  submitter: KnownOrganization,
  campaignOrg: KnownOrganization,
): Promise<string> {
  if (campaignOrg.kind !== 'MASS_ORGANIZATION' || submitter.kind !== 'MASS_ORGANIZATION')
    return submitter.path;
  const ancestors = idsOfPath(submitter.path).slice(0, -1).reverse();
  if (ancestors.length === 0) return submitter.path;
  const known = await directory.organizations(ancestors);
  const institution =
    ancestors.map((id) => known.get(id)).find((o) => o?.kind === 'INSTITUTION') ?? known.get(ancestors[0]!);
  return institution?.path ?? submitter.path;
}

/** The campaign leads to the distinction, the catalogue knows it, and it is awarded to this target. */
export async function assertDistinction(
  catalogue: CatalogueClient,
  campaign: CampaignInfo,
  code: string,
  target: string,
): Promise<string> {
  if (campaign.distinctionCodes.length > 0 && !campaign.distinctionCodes.includes(code))
    throw new BadUserInputError(`distinctionCode: the campaign does not lead to ${code}`, {
      field: 'distinctionCode',
    });
  const distinction = await catalogue.distinction(code);
  if (!distinction)
    throw new BadUserInputError(`distinctionCode: ${code} is not in the catalogue`, {
      field: 'distinctionCode',
    });
  if (!distinction.targets.includes(target))
    throw new BadUserInputError(
      `distinctionCode: ${code} is not awarded to a ${target.toLowerCase()} nominee`,
      {
        field: 'distinctionCode',
      },
    );
  return code;
}

/** A dossier normalised (NFC, trimmed) and checked against the campaign's criteria, every problem at once. */
export function dossierOf(input: DossierInput, campaign: CampaignInfo): DossierValue {
  const summary = normalizeText(input.summary ?? '').trim();
  const problems: string[] = [];
  if (!summary) problems.push('dossier.summary must not be empty');
  if (summary.length > MAX_SUMMARY) problems.push(`dossier.summary: at most ${MAX_SUMMARY} characters`);
  const evidence = (input.evidence ?? []).map((e) => ({
    criterionId: e.criterionId,
    text: normalizeText(e.text ?? '').trim(),
  }));
  if (evidence.length > MAX_EVIDENCE) problems.push(`dossier.evidence: at most ${MAX_EVIDENCE}`);
  const criteria = new Set(campaign.criteria.map((c) => c.id));
  evidence.forEach((e, i) => {
    if (!criteria.has(e.criterionId))
      problems.push(`dossier.evidence[${i}].criterionId is not a criterion of the campaign`);
    if (!e.text) problems.push(`dossier.evidence[${i}].text must not be empty`);
  });
  const attachments = (input.attachments ?? []).map((a) => ({
    name: normalizeText(a.name ?? '').trim(),
    contentType: a.contentType ?? null,
    size: a.size ?? null,
    url: a.url ?? null,
  }));
  attachments.forEach((a, i) => {
    if (!a.name) problems.push(`dossier.attachments[${i}].name must not be empty`);
    if (a.size != null && a.size < 0) problems.push(`dossier.attachments[${i}].size must not be negative`);
  });
  if (problems.length > 0) throw new BadUserInputError(problems.join('; '));
  return { summary, evidence, attachments };
}

/**
 * Escalation for another distinction (section 9): one the target campaign's organization
 * confers (its catalogue level is that organization's kind or above it), not below the one
 * recognized, and whose prerequisites the nominee's records meet under the rules in force for
 * the target campaign (checked again at its recognition, with the ratio caps).
 */
export async function assertHigherDistinction(
  db: DataSource,
  catalogue: CatalogueClient,
  nomination: NominationEntity,
  code: string,
  target: CampaignInfo,
  targetOrg: KnownOrganization,
): Promise<void> {
  const [from, to] = await Promise.all([
    catalogue.distinction(nomination.distinctionCode),
    catalogue.distinction(code),
  ]);
  if (!to)
    throw new BadUserInputError(`distinctionCode: ${code} is not in the catalogue`, {
      field: 'distinctionCode',
    });
  const rank = (kind: string | undefined) => LEVEL_RANK[kind ?? ''] ?? LEVEL_RANK['UNIT']!;
  if (rank(to.level) > rank(targetOrg.kind))
    throw new BadUserInputError(
      `distinctionCode: ${code} is conferred at the ${to.level} level, below the ${targetOrg.kind} whose campaign this is`,
      { field: 'distinctionCode', level: to.level },
    );
  if (from && rank(to.level) > rank(from.level))
    throw new BadUserInputError(
      `distinctionCode: ${code} (${to.level}) is lower than the recognized ${nomination.distinctionCode} (${from.level})`,
      { field: 'distinctionCode', level: to.level },
    );
  const rules = await catalogue.rules(
    code,
    new Date(target.proposalDeadline),
    idsOfPath(targetOrg.path).reverse(),
  );
  // Prerequisites only: ratio caps count recognitions, judged when this one is recognized.
  await assertPrerequisitesAndCaps(
    db.manager,
    { ...nomination, distinctionCode: code, year: target.year } as NominationEntity,
    rules && { ...rules, ratioCap: null },
  );
}
