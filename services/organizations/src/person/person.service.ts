import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '@laurel/db';
import { assertCan, BadUserInputError, ConflictError, NotFoundError } from '@laurel/graphql';
import { foldVietnamese, normalizeText } from '@laurel/i18n';
import type { DataSource } from 'typeorm';
import type { Context } from '../context';
import { isUnder } from '@laurel/auth';
import type { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { PersonEntity } from './person.entity';

export class PersonService {
  constructor(private readonly db: DataSource) {}

  async create(ctx: Context, input: CreatePersonInput): Promise<PersonEntity> {
    const org = await ctx.loaders.organization.load(input.organizationId);
    if (!org) throw new NotFoundError('Organization', input.organizationId);
    assertCan(ctx.ability, 'create', 'Person', { orgPath: org.path }, 'organization', {
      id: org.id,
      message: 'You may not add people to this organization',
    });
    if (org.dissolvedAt) throw new BadUserInputError(`${org.code} is dissolved`);
    const fullName = normalizeText(input.fullName);
    if (!fullName) throw new BadUserInputError('fullName must not be empty');
    let leadsId: string | null = null;
    if (input.leadsId) {
      const leads = await ctx.loaders.organization.load(input.leadsId);
      if (!leads) throw new NotFoundError('Organization', input.leadsId);
      // Naming the head of an organization is managing it: a school's admin does not name the
      // head of the district above it (issue 23). Outside the caller's subtree it does not exist.
      assertCan(ctx.ability, 'update', 'Organization', { orgPath: leads.path }, 'organization', {
        id: leads.id,
        message: 'You may not name the head of this organization',
      });
      // A head leads the organization he or she belongs to, or one above or below it.
      if (!(isUnder(leads.path, org.path) || isUnder(org.path, leads.path))) {
        throw new BadUserInputError(
          'leadsId must be the organization of the person, or one above or below it',
          {
            field: 'leadsId',
          },
        );
      }
      leadsId = leads.id;
    }
    const person = this.db.getRepository(PersonEntity).create({
      id: randomUUID(),
      tenantId: org.tenantId,
      organizationId: org.id,
      orgPath: org.path,
      fullName,
      fullNameFolded: foldVietnamese(fullName),
      partyPosition: input.partyPosition ? normalizeText(input.partyPosition) || null : null,
      governmentPosition: input.governmentPosition ? normalizeText(input.governmentPosition) || null : null,
      leadsId,
      account: input.account?.trim() || null,
      staffCode: input.staffCode?.trim() || null,
    });
    try {
      await this.db.getRepository(PersonEntity).insert(person);
    } catch (error) {
      if (isUniqueViolation(error, 'person_tenant_account_key')) {
        throw new ConflictError('this account is already linked to another person of the institution', {
          field: 'account',
        });
      }
      if (isUniqueViolation(error, 'person_tenant_staff_code_key')) {
        throw new ConflictError('this staff code is already used in the institution', { field: 'staffCode' });
      }
      throw error;
    }
    return person;
  }

  /** Section 9: only the fields given change (null clears an optional one). */
  async update(ctx: Context, id: string, input: UpdatePersonInput): Promise<PersonEntity> {
    const person = await this.editable(ctx, id);
    const change: Partial<PersonEntity> = {};
    if (input.fullName !== undefined) {
      const fullName = normalizeText(input.fullName ?? '').trim();
      if (!fullName) throw new BadUserInputError('fullName must not be empty', { field: 'fullName' });
      change.fullName = fullName;
      change.fullNameFolded = foldVietnamese(fullName);
    }
    if (input.partyPosition !== undefined)
      change.partyPosition = input.partyPosition ? normalizeText(input.partyPosition) || null : null;
    if (input.governmentPosition !== undefined)
      change.governmentPosition = input.governmentPosition
        ? normalizeText(input.governmentPosition) || null
        : null;
    if (input.leadsId !== undefined) {
      if (input.leadsId === null) change.leadsId = null;
      else {
        const leads = await ctx.loaders.organization.load(input.leadsId);
        if (!leads || !(isUnder(leads.path, person.orgPath) || isUnder(person.orgPath, leads.path)))
          throw new BadUserInputError(
            'leadsId must be the organization of the person, or one above or below it',
            { field: 'leadsId' },
          );
        change.leadsId = leads.id;
      }
    }
    if (input.account !== undefined) change.account = input.account?.trim() || null;
    if (Object.keys(change).length === 0) return person;
    try {
      await this.db.getRepository(PersonEntity).update({ id: person.id }, change);
    } catch (error) {
      if (isUniqueViolation(error, 'person_tenant_account_key'))
        throw new ConflictError('this account is already linked to another person of the institution', {
          field: 'account',
        });
      throw error;
    }
    return this.db.getRepository(PersonEntity).findOneByOrFail({ id: person.id });
  }

  /**
   * Section 9: the person left on `leftAt`. Every record and nomination stays; no new nominations
   * or council seats afterwards (the other subgraphs read `left_at` from the directory feed).
   */
  async deactivate(ctx: Context, id: string, leftAt: Date): Promise<PersonEntity> {
    const person = await this.editable(ctx, id);
    if (Number.isNaN(leftAt.getTime()))
      throw new BadUserInputError('leftAt is not a date', { field: 'leftAt' });
    if (leftAt.getTime() > Date.now() + 24 * 3600_000)
      throw new BadUserInputError('leftAt: a departure is recorded once it happened, not in advance', {
        field: 'leftAt',
      });
    await this.db.getRepository(PersonEntity).update({ id: person.id }, { leftAt });
    return this.db.getRepository(PersonEntity).findOneByOrFail({ id: person.id });
  }

  /** NOT_FOUND when the caller may not read the person, FORBIDDEN when only reading. */
  private async editable(ctx: Context, id: string): Promise<PersonEntity> {
    const person = await ctx.loaders.person.load(id);
    if (!person) throw new NotFoundError('Person', id);
    assertCan(ctx.ability, 'update', 'Person', { orgPath: person.orgPath, id: person.id }, 'person');
    return person;
  }
}
