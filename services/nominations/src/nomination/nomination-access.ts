import type { DirectoryReader } from '@laurel/directory';
import {
  DuplicateNominationError,
  NotFoundError,
  assertCan,
  isId,
  type RequestContext,
} from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { CampaignsClient } from '../campaigns-client';
import type { NominationEntity } from './nomination.entity';
import { visibleNominations } from './nomination.queries';

/** Who a change is recorded as: the signed-in subject, else the API key. */
export function subjectOf(ctx: RequestContext): string {
  return ctx.identity.subject ?? `api-key:${ctx.identity.apiKey?.id ?? 'none'}`;
}

/**
 * A move on a nomination the caller reads (it came through `load`): refused with FORBIDDEN, the
 * nominee and a council member included (docs/API.md §2: FORBIDDEN is for what you see but may not change).
 */
export function assertSeen(
  ctx: RequestContext,
  action: 'submit' | 'manage',
  orgPath: string,
  verb: string,
): void {
  assertCan(ctx.ability, action, 'Nomination', { orgPath }, 'nomination', {
    visible: true,
    message: `You may not ${verb} this nomination`,
  });
}

/** What a caller sees of nominations: the one a move starts from, and which duplicates it may name. */
export class NominationAccess {
  constructor(
    private readonly db: DataSource,
    private readonly directory: DirectoryReader,
    private readonly campaigns: CampaignsClient,
  ) {}

  /** The nomination the caller may read, its submitter, campaign and campaign's organization. */
  async load(ctx: RequestContext, id: string) {
    const nomination = isId(id) ? await this.visible(ctx, id) : null;
    if (!nomination) throw new NotFoundError('Nomination', id);
    const orgs = await this.directory.organizations([nomination.submittingOrganizationId]);
    const submitter = orgs.get(nomination.submittingOrganizationId);
    const campaign = await this.campaigns.one(nomination.campaignId);
    const campaignOrg = campaign ? await this.directory.organization(campaign.organizationId) : null;
    if (!submitter || !campaign || !campaignOrg) throw new NotFoundError('Nomination', id);
    return { nomination, submitter, campaign, campaignOrg };
  }

  visible(ctx: RequestContext, id: string): Promise<NominationEntity | null> {
    return visibleNominations(this.db, ctx).andWhere('n.id = :id', { id }).getOne();
  }

  /**
   * DUPLICATE_NOMINATION names the earlier nomination only to a caller who may read it (another
   * organization's nomination of the same person does not exist for the caller, issue 23).
   */
  async readableDuplicate(ctx: RequestContext, error: unknown): Promise<unknown> {
    if (!(error instanceof DuplicateNominationError)) return error;
    const id = error.extensions.nominationId;
    if (typeof id !== 'string' || (await this.visible(ctx, id))) return error;
    return new DuplicateNominationError(error.message);
  }
}
