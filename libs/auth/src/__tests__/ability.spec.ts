import { ANONYMOUS, authorizationKey, tenantScopeOf, type Identity } from '../identity';
import { defineAbilityFor, subject } from '../ability';
import { accessibleSql } from '../ability-sql';

const base: Identity = { ...ANONYMOUS, subject: 'u1' };
const schoolAdmin: Identity = {
  ...base,
  grants: [{ id: 'g1', organizationId: 'school', path: '1.2.3', role: 'ORG_ADMIN' }],
};

describe('abilities', () => {
  it('lets an org admin manage people in the subtree and nowhere else', () => {
    const ability = defineAbilityFor(schoolAdmin);
    expect(ability.can('update', subject('Person', { orgPath: '1.2.3.9' }))).toBe(true);
    expect(ability.can('update', subject('Person', { orgPath: '1.2.3' }))).toBe(true);
    expect(ability.can('read', subject('Person', { orgPath: '1.2.4' }))).toBe(false);
    // a sibling whose path merely starts with the same digits
    expect(ability.can('read', subject('Person', { orgPath: '1.2.33' }))).toBe(false);
  });

  it('gives a viewer reads but no writes', () => {
    const ability = defineAbilityFor({
      ...base,
      grants: [{ id: 'g', organizationId: 'd', path: '1.2', role: 'VIEWER' }],
    });
    expect(ability.can('read', subject('Person', { orgPath: '1.2.3' }))).toBe(true);
    expect(ability.can('update', subject('Person', { orgPath: '1.2.3' }))).toBe(false);
  });

  it('gives an API key reports only', () => {
    const ability = defineAbilityFor({
      ...ANONYMOUS,
      apiKey: { id: 'k', organizationId: 'p', path: '1' },
    });
    expect(ability.can('read', subject('Report', { orgPath: '1.5' }))).toBe(true);
    expect(ability.can('read', subject('Person', { orgPath: '1.5' }))).toBe(false);
    expect(ability.can('read', 'Organization')).toBe(true);
  });

  it('lets everyone in scope read the campaigns above them once they are open, drafts only inside', () => {
    const ability = defineAbilityFor({
      ...base,
      grants: [{ id: 'g', organizationId: 'school', path: '1.2.3', role: 'VIEWER' }],
    });
    // The province's (1) and the district's (1.2) campaigns apply to the school.
    expect(ability.can('read', subject('Campaign', { orgPath: '1', status: 'OPEN' }))).toBe(true);
    expect(ability.can('read', subject('Campaign', { orgPath: '1.2', status: 'CLOSED' }))).toBe(true);
    expect(ability.can('read', subject('Campaign', { orgPath: '1.2', status: 'DRAFT' }))).toBe(false);
    // Its own drafts, not a sibling's campaigns, open or not.
    expect(ability.can('read', subject('Campaign', { orgPath: '1.2.3', status: 'DRAFT' }))).toBe(true);
    expect(ability.can('read', subject('Campaign', { orgPath: '1.2.4', status: 'OPEN' }))).toBe(false);
    expect(ability.can('read', subject('Campaign', { orgPath: '1.2.33', status: 'OPEN' }))).toBe(false);
    expect(ability.can('update', subject('Campaign', { orgPath: '1', status: 'OPEN' }))).toBe(false);

    const { sql, params } = accessibleSql(ability, 'read', 'Campaign', {
      orgPath: 'o.path',
      status: 'c.status',
    });
    expect(sql).toMatch(/o\.path @> CAST\(:casl_\d+_\d+ AS ltree\) AND c\.status <> :casl_\d+_\d+/);
    expect(sql).toMatch(/o\.path <@ CAST\(:casl_\d+_\d+ AS ltree\)/);
    expect(Object.values(params)).toEqual(expect.arrayContaining(['1.2.3', 'DRAFT']));
  });

  it('gives the anonymous caller nothing', () => {
    const ability = defineAbilityFor(ANONYMOUS);
    expect(ability.can('read', 'Organization')).toBe(false);
    expect(accessibleSql(ability, 'read', 'Person', { orgPath: 'p.path' }).sql).toBe('FALSE');
  });
});

describe('accessibleSql', () => {
  it('turns subtree rules into ltree conditions with parameters', () => {
    const identity: Identity = {
      ...schoolAdmin,
      personIds: ['me'],
      grants: [...schoolAdmin.grants, { id: 'g2', organizationId: 'other', path: '1.7', role: 'VIEWER' }],
    };
    const { sql, params } = accessibleSql(defineAbilityFor(identity), 'read', 'Person', {
      orgPath: 'p.org_path',
      id: 'p.id',
    });
    expect(sql).toMatch(/p\.org_path <@ CAST\(:casl_\d+_\d+ AS ltree\)/);
    expect(sql).toMatch(/p\.id IN \(:\.\.\.casl_\d+_\d+\)/);
    expect(sql.split(' OR ')).toHaveLength(3);
    expect(Object.values(params)).toEqual(expect.arrayContaining(['1.2.3', '1.7', ['me']]));
  });

  it('is TRUE for a platform admin', () => {
    const { sql } = accessibleSql(defineAbilityFor({ ...base, isPlatformAdmin: true }), 'manage', 'Person', {
      orgPath: 'x',
    });
    expect(sql).toBe('TRUE');
  });

  it('refuses to translate a field it has no column for', () => {
    expect(() => accessibleSql(defineAbilityFor(schoolAdmin), 'read', 'Person', { id: 'p.id' })).toThrow(
      /no column mapped/,
    );
  });
});

describe('authorizationKey', () => {
  const viewer = (subjectName: string, grantId: string): Identity => ({
    ...base,
    subject: subjectName,
    grants: [{ id: grantId, organizationId: 'province', path: '1.2', role: 'VIEWER' }],
    tenantRoots: ['1.2'],
  });

  it('is shared by callers granted the same reads, whoever they are', () => {
    const a = viewer('alice', 'g-a');
    const b = viewer('bob', 'g-b');
    expect(authorizationKey(a)).toBe(authorizationKey(b));
    // What the key promises: the same rules and the same row-level security scope.
    expect(defineAbilityFor(a).rules).toEqual(defineAbilityFor(b).rules);
    expect(tenantScopeOf(a)).toBe(tenantScopeOf(b));
  });

  it('differs whenever anything that decides a read differs', () => {
    const a = viewer('alice', 'g-a');
    const variants: Identity[] = [
      { ...a, subject: null },
      { ...a, isPlatformAdmin: true },
      { ...a, grants: [{ ...a.grants[0]!, role: 'ORG_ADMIN' }] },
      { ...a, grants: [{ ...a.grants[0]!, path: '1.3', organizationId: 'other' }] },
      {
        ...a,
        grants: [...a.grants, { id: 'g2', organizationId: 'school', path: '1.2.3', role: 'ORG_ADMIN' }],
      },
      { ...a, personIds: ['p1'] },
      { ...a, personPaths: ['1.2.3'] },
      { ...a, apiKey: { id: 'k', organizationId: 'province', path: '1.2' } },
      { ...a, tenantRoots: ['1.3'] },
    ];
    const keys = new Set([authorizationKey(a), ...variants.map(authorizationKey)]);
    expect(keys.size).toBe(variants.length + 1);
  });
});
