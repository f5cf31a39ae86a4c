import { subject } from '@laurel/auth';
import { assertAuthenticated, BadUserInputError, isId } from '@laurel/graphql';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { ReplicationReport } from './dto/replication.output';
import type { ReplicationService } from './replication.service';

@Resolver(() => ReplicationReport)
export class ReplicationResolver {
  constructor(private readonly replication: ReplicationService) {}

  @Query(() => ReplicationReport, {
    nullable: true,
    description:
      'Fostering and replication over the subtree for a year, a row per child; read like orgReport.',
  })
  async replicationReport(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<ReplicationReport | null> {
    assertAuthenticated(ctx);
    if (year < 2000 || year > 2100)
      throw new BadUserInputError('year: must be between 2000 and 2100', { field: 'year' });
    const org = isId(organizationId) ? await ctx.directory.organization(organizationId) : null;
    // Reports follow the subtree: viewers, admins and API keys of the organization or above.
    if (!org || !ctx.ability.can('read', subject('Report', { orgPath: org.path }))) return null;
    return this.replication.report(org, year);
  }
}
