import { assertAuthenticated } from '@laurel/graphql';
import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Person, toPerson } from '../person/dto/person.output';
import { RoleGrant, toRoleGrant } from '../role-grant/dto/role-grant.output';
import { RoleGrantEntity } from '../role-grant/role-grant.entity';

@ObjectType({ description: 'The caller.' })
export class Viewer {
  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field()
  isPlatformAdmin!: boolean;

  @Field(() => Person, { nullable: true })
  person!: Person | null;

  @Field(() => [RoleGrant])
  grants!: RoleGrant[];
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer)
  async me(@Ctx() ctx: Context): Promise<Viewer> {
    assertAuthenticated(ctx);
    const { subject, isPlatformAdmin, personIds } = ctx.identity;
    const person = personIds[0] ? await ctx.loaders.person.load(personIds[0]) : null;
    const grants = subject
      ? await ctx.db.getRepository(RoleGrantEntity).find({ where: { subject }, order: { createdAt: 'ASC' } })
      : [];
    return { subject, isPlatformAdmin, person: person && toPerson(person), grants: grants.map(toRoleGrant) };
  }
}
