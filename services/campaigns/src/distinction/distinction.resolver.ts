import { assertAuthenticated } from '@laurel/graphql';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Target } from '../enums';
import type { DistinctionService } from './distinction.service';
import { Distinction, toDistinction } from './dto/distinction.output';

@Resolver(() => Distinction)
export class DistinctionResolver {
  constructor(private readonly catalogue: DistinctionService) {}

  @Query(() => [Distinction], {
    description: 'The catalogue of distinctions, by level (nation first) then code. Public reference data.',
  })
  async distinctions(
    @Ctx() ctx: Context,
    @Arg('target', () => Target, { nullable: true }) target?: Target | null,
  ): Promise<Distinction[]> {
    assertAuthenticated(ctx);
    const rows = await this.catalogue.list(target ?? null);
    return rows.map(toDistinction);
  }
}
