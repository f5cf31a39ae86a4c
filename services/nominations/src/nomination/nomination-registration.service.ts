import { isUnder } from '@laurel/auth';
import type { DirectoryReader } from '@laurel/directory';
import { isUniqueViolation } from '@laurel/db';
import {
  BadUserInputError,
  DuplicateNominationError,
  InvalidTransitionError,
  NotFoundError,
  assertCan,
  hashRequest,
  isId,
  type RequestContext,
} from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { CampaignsClient } from '../campaigns-client';
import type { CatalogueClient } from '../catalogue-client';
import type { RegisterNominationInput } from './dto/nomination.input';
import type { NominationEntity } from './nomination.entity';
import { subjectOf, type NominationAccess } from './nomination-access';
import { assertBeforeDeadline } from './nomination.workflow';
import { byIdempotencyKey, replay, type InsertArgs, type NominationWriter } from './nomination.writer';
import { assertDistinction, assertInGroups, nomineeOf } from './registration-checks';

/** The input's shape, every problem at once. */
function inputProblems(input: RegisterNominationInput): string[] {
  const problems: string[] = [];
  if (!isId(input.campaignId)) problems.push('campaignId is not a campaign id');
  if (!isId(input.submittingOrganizationId)) problems.push('submittingOrganizationId is not an id');
  const nominees = [input.nomineeOrganizationId, input.nomineePersonId].filter((v) => v != null);
  if (nominees.length !== 1) problems.push('give exactly one of nomineeOrganizationId and nomineePersonId');
  else if (!isId(nominees[0])) problems.push('the nominee id is not an id');
  if (input.idempotencyKey != null && (input.idempotencyKey.length < 1 || input.idempotencyKey.length > 200))
    problems.push('idempotencyKey must be 1 to 200 characters');
  return problems;
}

/**
 * REGISTERED: the submitter, campaign, nominee and distinction are checked here (the plan), then
 * the writer inserts under the quota locks, idempotently.
 */
export class NominationRegistrationService {
  constructor(
    private readonly db: DataSource,
    private readonly directory: DirectoryReader,
    private readonly campaigns: CampaignsClient,
    private readonly catalogue: CatalogueClient,
    private readonly access: NominationAccess,
    private readonly writer: NominationWriter,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** REGISTERED: checked for scope, deadline, duplicates and quota in one transaction. */
  async register(ctx: RequestContext, input: RegisterNominationInput): Promise<NominationEntity> {
    const by = subjectOf(ctx);
    const problems = inputProblems(input);
    if (problems.length > 0) throw new BadUserInputError(problems.join('; '));

    const submitter = await this.directory.organization(input.submittingOrganizationId);
    if (!submitter) throw new NotFoundError('Organization', input.submittingOrganizationId);
    assertCan(ctx.ability, 'submit', 'Nomination', { orgPath: submitter.path }, 'organization', {
      id: submitter.id,
      message: 'You may not submit nominations for this organization',
    });

    const requestHash = hashRequest(input);
    if (input.idempotencyKey) {
      const earlier = await byIdempotencyKey(this.db.manager, by, input.idempotencyKey);
      if (earlier) return replay(earlier, requestHash);
    }

    const campaign = await this.campaigns.one(input.campaignId);
    const campaignOrg = campaign ? await this.directory.organization(campaign.organizationId) : null;
    // A campaign the submitter is not inside of does not exist for this registration.
    if (
      !campaign ||
      !campaignOrg ||
      !isUnder(submitter.path, campaignOrg.path) ||
      campaign.status === 'DRAFT'
    )
      throw new NotFoundError('Campaign', input.campaignId);
    if (campaign.status !== 'OPEN')
      throw new InvalidTransitionError(`The campaign is ${campaign.status}: registrations are closed`);
    assertBeforeDeadline(this.now(), new Date(campaign.registrationDeadline), 'registration');
    await assertInGroups(this.directory, campaign, submitter);

    const nominee = await nomineeOf(this.directory, input, submitter, campaignOrg);
    const distinction = await assertDistinction(
      this.catalogue,
      campaign,
      input.distinctionCode,
      nominee.target,
    );

    return this.insert(ctx, {
      by,
      campaign,
      submitter,
      nominee,
      distinctionCode: distinction,
      stage: 'REGISTERED',
      dossier: null,
      escalatedFromId: null,
      idempotencyKey: input.idempotencyKey ?? null,
      requestHash,
    });
  }

  private async insert(ctx: RequestContext, args: InsertArgs): Promise<NominationEntity> {
    try {
      return await this.writer.insert(args);
    } catch (error) {
      if (
        isUniqueViolation(error, 'nomination_person_unique') ||
        isUniqueViolation(error, 'nomination_organization_unique')
      )
        throw new DuplicateNominationError(
          'This nominee is already nominated for this distinction in this campaign',
        );
      throw await this.access.readableDuplicate(ctx, error);
    }
  }
}
