import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '@laurel/db';
import { assertCan, BadUserInputError, ConflictError, NotFoundError } from '@laurel/graphql';
import { foldVietnamese, normalizeText } from '@laurel/i18n';
import type { DataSource } from 'typeorm';
import type { Context } from '../context';
import { isUnder } from '@laurel/auth';
import type { CreatePersonInput } from './dto/person.input';
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
}
