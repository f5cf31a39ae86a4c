import { assertAuthenticated } from '@laurel/graphql';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Organization, toOrganization } from '../organization/dto/organization.output';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { Person, toPerson } from './dto/person.output';
import { PersonService } from './person.service';

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly service: PersonService) {}

  @Query(() => Person, { nullable: true, description: 'Null when it does not exist or you may not read it.' })
  async person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Person | null> {
    assertAuthenticated(ctx);
    const person = await ctx.loaders.person.load(id);
    return person && toPerson(person);
  }

  @Mutation(() => Person)
  async createPerson(@Arg('input') input: CreatePersonInput, @Ctx() ctx: Context): Promise<Person> {
    assertAuthenticated(ctx);
    return toPerson(await this.service.create(ctx, input));
  }

  @Mutation(() => Person, { description: 'Changes only the fields given (the organization’s admins).' })
  async updatePerson(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdatePersonInput,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    assertAuthenticated(ctx);
    return toPerson(await this.service.update(ctx, id, input));
  }

  @Mutation(() => Person, {
    description:
      'The person left on `leftAt`: records and nominations stay, `active` turns false, and no ' +
      'new nomination or council seat is possible afterwards.',
  })
  async deactivatePerson(
    @Arg('id', () => ID) id: string,
    @Arg('leftAt') leftAt: Date,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    assertAuthenticated(ctx);
    return toPerson(await this.service.deactivate(ctx, id, leftAt));
  }

  @FieldResolver(() => Organization)
  async organization(@Root() person: Person, @Ctx() ctx: Context): Promise<Organization> {
    return toOrganization((await ctx.loaders.organization.load(person.organizationId))!);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization this person heads.' })
  async leads(@Root() person: Person, @Ctx() ctx: Context): Promise<Organization | null> {
    if (!person.leadsId) return null;
    const org = await ctx.loaders.organization.load(person.leadsId);
    return org && toOrganization(org);
  }
}
