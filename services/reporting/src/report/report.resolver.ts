import { subject } from '@laurel/auth';
import { assertAuthenticated, isId } from '@laurel/graphql';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { OrganizationRef, OrgReport } from './dto/report.output';

async function reportFor(
  ctx: Context,
  organizationId: string,
  campaignId: string,
): Promise<OrgReport | null> {
  assertAuthenticated(ctx);
  const org = isId(organizationId) ? await ctx.directory.organization(organizationId) : null;
  // Reports follow the subtree: viewers, admins and API keys of the organization or above.
  if (!org || !ctx.ability.can('read', subject('Report', { orgPath: org.path }))) return null;
  await ctx.events.fresh(ctx.maxStalenessMs);
  return ctx.reports.report(org, campaignId);
}

@Resolver(() => OrgReport)
export class ReportResolver {
  @Query(() => OrgReport, {
    nullable: true,
    description: "Totals over the organization's subtree and the campaign's cascade, with one row per child.",
  })
  orgReport(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() ctx: Context,
  ): Promise<OrgReport | null> {
    return reportFor(ctx, organizationId, campaignId);
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationReportResolver {
  @FieldResolver(() => OrgReport, { nullable: true })
  report(
    @Root() org: OrganizationRef,
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() ctx: Context,
  ): Promise<OrgReport | null> {
    return reportFor(ctx, org.id, campaignId);
  }
}
