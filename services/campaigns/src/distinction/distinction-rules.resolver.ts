import { assertAuthenticated, assertCan, BadUserInputError, NotFoundError } from '@laurel/graphql';
import { idsOfPath } from '@laurel/directory';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Target } from '../enums';
import { NO_ORGANIZATIONS, type OrganizationLookup } from '../organization-lookup';
import { calendarDate, type DistinctionRulesService } from './distinction-rules.service';
import { Distinction } from './dto/distinction.output';
import { DistinctionRules, Reward, toDistinctionRules, toReward } from './dto/distinction-rules.output';
import { SetDistinctionStandardInput, toStandardInput } from './dto/distinction-standard.input';

/** The kinds of organization that issue standards of their own (docs/API.md §1: a province, a ministry-like agency). */
const ISSUER_KINDS = new Set(['PROVINCE', 'AGENCY']);

/**
 * The versioned rules of the catalogue. Like the catalogue itself they are public reference
 * data (published law and provincial decisions); changing an issuer's standard is an act of that
 * issuer's administrators.
 */
@Resolver(() => Distinction)
export class DistinctionRulesResolver {
  constructor(
    private readonly service: DistinctionRulesService,
    private readonly resolveOrganization: OrganizationLookup = NO_ORGANIZATIONS,
  ) {}

  @FieldResolver(() => DistinctionRules, {
    nullable: true,
    description:
      "The rules in force on the Asia/Ho_Chi_Minh date of `at` (default: now): the issuer's own version if it has one in force, else the national one. Null before the catalogue's first version (2017-10-01).",
  })
  async rules(
    @Root() distinction: Distinction,
    @Ctx() ctx: Context,
    @Arg('at', () => Date, { nullable: true }) at?: Date | null,
    @Arg('issuerId', () => ID, { nullable: true }) issuerId?: string | null,
  ): Promise<DistinctionRules | null> {
    const version = await ctx.loaders.distinctionRules.load({
      code: distinction.code,
      day: calendarDate(at ?? new Date()),
      issuerIds: issuerId ? [issuerId] : [],
    });
    return version && toDistinctionRules(version);
  }

  @FieldResolver(() => Reward, {
    nullable: true,
    description:
      "The money a decision on `decidedAt` carries for a nominee of `target`, under the rules and the base salary in force that day (the version of the issuer or of its nearest ancestor that has one, else the national one with the decree's multiple for the issuer's kind, e.g. a commune chairman's Giấy khen). Null when no multiple is known.",
  })
  async reward(
    @Root() distinction: Distinction,
    @Arg('target', () => Target) target: Target,
    @Arg('decidedAt', () => Date) decidedAt: Date,
    @Arg('issuerId', () => ID, { nullable: true }) issuerId?: string | null,
  ): Promise<Reward | null> {
    // The issuer's kind: the decree pays some forms by who signs (a commune chairman's Giấy khen).
    const issuer = issuerId ? await this.resolveOrganization(issuerId) : null;
    const reward = await this.service.reward(
      distinction.code,
      target,
      decidedAt,
      // Nearest first, as the decision itself is priced: the issuer's own version, else its
      // ancestors' (a province's), else the national one.
      issuer ? idsOfPath(issuer.path).reverse() : issuerId ? [issuerId] : [],
      issuer?.kind ?? null,
    );
    return reward && toReward(reward);
  }

  @Mutation(() => DistinctionRules, {
    description:
      "A province's or agency's own standard for a delegated distinction, in force from `inForceFrom`; closes the issuer's open version at that date.",
  })
  async setDistinctionStandard(
    @Arg('input') input: SetDistinctionStandardInput,
    @Ctx() ctx: Context,
  ): Promise<DistinctionRules> {
    assertAuthenticated(ctx);
    const issuer = await this.resolveOrganization(input.issuerId);
    if (!issuer) throw new NotFoundError('Organization', input.issuerId);
    assertCan(ctx.ability, 'manage', 'Campaign', { orgPath: issuer.path }, 'organization', {
      id: issuer.id,
      message: 'You may not set the distinction standards of this organization',
    });
    if (!ISSUER_KINDS.has(issuer.kind)) {
      throw new BadUserInputError(`only a province or an agency issues standards, not a ${issuer.kind}`, {
        field: 'issuerId',
      });
    }
    const version = await this.service.setStandard(toStandardInput(input), ctx.identity.subject);
    return toDistinctionRules(version);
  }
}
