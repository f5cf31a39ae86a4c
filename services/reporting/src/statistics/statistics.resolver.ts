import { assertAuthenticated, BadUserInputError } from '@laurel/graphql';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { reportableOrganization } from '../report/report-access';
import { YearlyStatistics } from './dto/statistics.output';
import { launchedCampaigns, MAX_YEAR, MIN_YEAR } from './statistics.service';

@Resolver(() => YearlyStatistics)
export class StatisticsResolver {
  @Query(() => YearlyStatistics, {
    nullable: true,
    description:
      "The yearly statistical report of emulation and commendation over the organization's subtree " +
      '(the form a province sends the Ministry of Home Affairs). Null where its reports are not yours to read.',
  })
  async yearlyStatistics(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<YearlyStatistics | null> {
    assertAuthenticated(ctx);
    if (year < MIN_YEAR || year > MAX_YEAR)
      throw new BadUserInputError(`year: must be between ${MIN_YEAR} and ${MAX_YEAR}`, { field: 'year' });
    const org = await reportableOrganization(ctx, organizationId);
    if (!org) return null;
    await ctx.events.fresh(ctx.maxStalenessMs);
    await ctx.folder.fresh(ctx.maxStalenessMs);
    const [distinctions, counts] = await Promise.all([
      ctx.statistics.figures(org, year),
      ctx.launchedCampaigns(org.id, year),
    ]);
    return {
      organization: { id: org.id },
      year,
      campaigns: launchedCampaigns(counts),
      distinctions,
    };
  }
}
