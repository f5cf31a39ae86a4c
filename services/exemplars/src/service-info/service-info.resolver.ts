import { assertAuthenticated } from '@laurel/graphql';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { ServiceInfo } from './dto/service-info.output';
import type { ServiceInfoService } from './service-info.service';

@Resolver(() => ServiceInfo)
export class ServiceInfoResolver {
  constructor(private readonly info: ServiceInfoService) {}

  @Query(() => ServiceInfo, { description: 'Which subgraph answers and the schema version it runs on.' })
  async exemplarsInfo(@Ctx() ctx: Context): Promise<ServiceInfo> {
    assertAuthenticated(ctx);
    return { service: 'exemplars', schemaVersion: await this.info.schemaVersion() };
  }
}
