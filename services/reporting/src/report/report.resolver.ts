import { subject } from '@laurel/auth';
import { assertAuthenticated, isId } from '@laurel/graphql';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { ComplianceRow, OrganizationRef, OrgReport } from './dto/report.output';
import { reportableOrganization } from './report-access';
import { compliance } from './report.service';

/**
 * One statement: the access rule, the organization's totals and its children's. The figures are
 * those folded so far (the consumer and the folder run every EVENTS_POLL_MS, off the read path).
 */
async function reportFor(
  ctx: Context,
  organizationId: string,
  campaignId: string,
): Promise<OrgReport | null> {
  assertAuthenticated(ctx);
  if (!isId(organizationId) || !isId(campaignId)) return null;
  const report = await ctx.reports.report(ctx.ability, organizationId, campaignId);
  if (report) return report;
  // Not readable, or unknown to this copy of the directory (created a moment ago): the copy
  // catches up once before the answer is "no such".
  if (!(await reportableOrganization(ctx, organizationId))) return null;
  return (await ctx.reports.report(ctx.ability, organizationId, campaignId)) ?? null;
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

@Resolver(() => ComplianceRow)
export class ComplianceResolver {
  @Query(() => [ComplianceRow], {
    description:
      'Per child organization: what it registered and proposed in the campaign (its subtree), whether on time ' +
      'and within its quota. Empty for what the caller may not see.',
  })
  async submissionCompliance(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() ctx: Context,
  ): Promise<ComplianceRow[]> {
    const org = await reportableOrganization(ctx, organizationId);
    if (!org || !isId(campaignId)) return [];
    const terms = await ctx.campaignTerms(campaignId);
    // A campaign the caller may not read (another tenant's, a draft above) does not exist: the
    // answer is the one for an unknown id, never its quotas nor its deadlines' state (issue 23).
    const launcher = terms && (await ctx.directory.organization(terms.organizationId));
    if (
      !terms ||
      !launcher ||
      !ctx.ability.can('read', subject('Campaign', { orgPath: launcher.path, status: terms.status }))
    )
      return [];
    // The counters, then their folding into the cascade totals the rows are read from.
    await ctx.events.fresh(ctx.maxStalenessMs);
    await ctx.folder.fresh(ctx.maxStalenessMs);
    return compliance(ctx.db, org, campaignId, terms);
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
