import { ANONYMOUS, signInternalRequest, type Identity } from '@laurel/auth';
import { graphql, ok, testEnv, uniqueCode, type Credentials } from '@laurel/testing';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCampaign } from './campaign-flows';
import { admin, as, createOrg, createPerson, grant, provinceWithSchools } from './flows';
import { approved, propose, register } from './nomination-flows';

/**
 * Generated from the composed schema: every query and mutation that takes an ID (as an argument
 * or inside its input), called by actors who must not see or change a school's objects, with
 * that school's ids. A new field without a guard fails here without anyone writing a case.
 */
const schema: GraphQLSchema = buildSchema(
  readFileSync(join(__dirname, '..', '..', '..', 'gateway', 'supergraph.graphql'), 'utf8'),
  { assumeValidSDL: true },
);

type Kind =
  | 'Organization'
  | 'Person'
  | 'Campaign'
  | 'Nomination'
  | 'Council'
  | 'VotingSession'
  | 'EmulationGroup'
  | 'ApiKey'
  | 'RoleGrant'
  | 'RecognitionDecision';

/** Which object an ID names, by argument or input field name (or the field's return type for `id`). */
function kindOf(name: string, field: GraphQLField<unknown, unknown>): Kind | null {
  if (
    /^(organizationId|ownerId|withinId|newParentId|targetId|sourceIds|submittingOrganizationId|nomineeOrganizationId|issuerId|evaluatorOrganizationId|memberIds|leadsId)$/.test(
      name,
    )
  )
    return 'Organization';
  if (/^(campaignId|toCampaignId|parentId)$/.test(name)) return 'Campaign';
  if (/^(personId|nomineePersonId)$/.test(name)) return 'Person';
  if (/^(nominationId|nominationIds)$/.test(name)) return 'Nomination';
  if (name === 'decisionId') return 'RecognitionDecision';
  if (name === 'sessionId') return 'VotingSession';
  if (name === 'councilId') return 'Council';
  if (/^(groupId|groupIds)$/.test(name)) return 'EmulationGroup';
  if (name === 'id') {
    if (field.name === 'revokeApiKey') return 'ApiKey';
    if (field.name === 'revokeRole') return 'RoleGrant';
    const type = getNamedType(field.type).name;
    return (
      (
        [
          'Organization',
          'Person',
          'Campaign',
          'Nomination',
          'Council',
          'VotingSession',
          'EmulationGroup',
          'RecognitionDecision',
        ] as const
      ).find((k) => k === type) ?? null
    );
  }
  return null;
}

describe('tenant isolation, generated from the composed schema', () => {
  const ids = {} as Record<Kind, string>;
  const privateIds: string[] = [];
  const actors = {} as Record<'sibling' | 'otherProvince' | 'apiKey' | 'nobody', Credentials>;
  const s = (n: string) => `${n}-${uniqueCode('u')}`;

  beforeAll(async () => {
    const world = await provinceWithSchools('Sinh tự động');
    const other = await createOrg('PROVINCE', 'Tỉnh khác hẳn', null);
    const owner = s('owner');
    const sibling = s('sibling');
    const elsewhere = s('elsewhere');
    await grant(owner, world.school1.id, 'ORG_ADMIN');
    await grant(sibling, world.school2.id, 'ORG_ADMIN');
    await grant(elsewhere, other.id, 'ORG_ADMIN');
    const o = await as(owner);
    ids.Organization = world.school1.id;
    const person = await createPerson(world.school1.id, 'Bí Mật Văn Riêng', { account: s('secret-person') });
    ids.Person = person.id;
    const campaign = await createCampaign(o, world.school1.id, { title: 'Riêng của trường' });
    ids.Campaign = campaign.id;
    await ok(`mutation($id: ID!) { openCampaign(id: $id) { id } }`, { id: campaign.id }, o);
    const nomination = await register(o, {
      campaignId: campaign.id,
      distinctionCode: 'LAO_DONG_TIEN_TIEN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: person.id,
    });
    await propose(o, nomination.id);
    ids.Nomination = nomination.id;
    const council = await ok<{ createCouncil: { id: string } }>(
      `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }`,
      {
        i: {
          organizationId: world.school1.id,
          name: 'Hội đồng riêng',
          kind: 'EMULATION',
          members: [{ personId: person.id, role: 'CHAIR' }],
        },
      },
      o,
    );
    ids.Council = council.createCouncil.id;
    const session = await ok<{ createVotingSession: { id: string } }>(
      `mutation($i: CreateVotingSessionInput!) { createVotingSession(input: $i) { id } }`,
      {
        i: {
          councilId: ids.Council,
          title: 'Phiên riêng',
          nominationIds: [nomination.id],
          threshold: { numerator: 1, denominator: 2 },
          base: 'BALLOTS_CAST',
          quorum: { numerator: 1, denominator: 2 },
        },
      },
      o,
    );
    ids.VotingSession = session.createVotingSession.id;
    const group = await ok<{ createEmulationGroup: { id: string } }>(
      `mutation($i: CreateEmulationGroupInput!) { createEmulationGroup(input: $i) { id } }`,
      { i: { ownerId: world.school1.id, name: 'Khối riêng', kind: 'BLOCK', memberIds: [world.unit1.id] } },
      await admin(),
    );
    ids.EmulationGroup = group.createEmulationGroup.id;
    const key = await ok<{ createApiKey: { key: string; apiKey: { id: string } } }>(
      `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id } } }`,
      { i: { organizationId: world.school1.id, name: 'Khoá riêng' } },
      o,
    );
    ids.ApiKey = key.createApiKey.apiKey.id;
    const grants = await ok<{ roleGrants: { id: string }[] }>(
      `query($o: ID!) { roleGrants(organizationId: $o) { id } }`,
      { o: world.school1.id },
      o,
    );
    ids.RoleGrant = grants.roleGrants[0]!.id;
    // SPEC 8: a decision of the school (and with it a PAYMENT in its fund).
    const recognized = await register(o, {
      campaignId: campaign.id,
      distinctionCode: 'LAO_DONG_TIEN_TIEN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: (await createPerson(world.school1.id, 'Được Khen Văn Riêng')).id,
    });
    await approved(o, recognized.id);
    const decision = await ok<{ issueRecognitionDecision: { id: string } }>(
      `mutation($i: IssueDecisionInput!) { issueRecognitionDecision(input: $i) { id } }`,
      {
        i: {
          organizationId: world.school1.id,
          number: '01/QĐ-riêng',
          decidedAt: new Date().toISOString(),
          signer: 'Hiệu trưởng',
          title: 'Quyết định riêng',
          nominationIds: [recognized.id],
        },
      },
      o,
    );
    ids.RecognitionDecision = decision.issueRecognitionDecision.id;
    privateIds.push(
      ids.Person,
      ids.Campaign,
      ids.Nomination,
      ids.Council,
      ids.VotingSession,
      ids.EmulationGroup,
      ids.ApiKey,
      ids.RoleGrant,
      ids.RecognitionDecision,
      recognized.id,
    );

    actors.sibling = await as(sibling);
    actors.otherProvince = await as(elsewhere);
    actors.apiKey = { apiKey: key.createApiKey.key };
    actors.nobody = undefined;
  });

  /** A value for an argument: the school's ids where an ID is asked, something plausible elsewhere. */
  function valueFor(
    type: GraphQLInputType,
    name: string,
    field: GraphQLField<unknown, unknown>,
    used: Set<Kind>,
  ): unknown {
    if (isNonNullType(type)) return valueFor(type.ofType, name, field, used);
    if (isListType(type)) {
      const v = valueFor(type.ofType as GraphQLInputType, name, field, used);
      return v === undefined ? [] : [v];
    }
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      let optionalId = false;
      for (const f of Object.values(type.getFields())) {
        const idField = getNamedType(f.type).name === 'ID';
        if (isNonNullType(f.type) || (idField && !optionalId && kindOf(f.name, field))) {
          if (!isNonNullType(f.type)) optionalId = true;
          out[f.name] = valueFor(f.type, f.name, field, used);
        }
      }
      return out;
    }
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isScalarType(type)) {
      if (type.name === 'ID') {
        const kind = kindOf(name, field);
        if (kind) used.add(kind);
        return kind ? ids[kind] : '00000000-0000-4000-8000-000000000000';
      }
      if (type.name === 'Int') return 1;
      if (type.name === 'Boolean') return true;
      if (type.name === 'DateTime') return new Date().toISOString();
      if (name === 'distinctionCode') return 'LAO_DONG_TIEN_TIEN';
      return 'x';
    }
    return undefined;
  }

  const takesId = (args: readonly GraphQLArgument[]): boolean => {
    const seen = new Set<string>();
    const walk = (t: GraphQLInputType): boolean => {
      const named = getNamedType(t);
      if (named.name === 'ID') return true;
      if (!isInputObjectType(named) || seen.has(named.name)) return false;
      seen.add(named.name);
      return Object.values(named.getFields()).some((f) => walk(f.type));
    };
    return args.some((a) => walk(a.type));
  };

  const operations = (['Query', 'Mutation'] as const).flatMap((root) =>
    Object.values(
      schema.getRootType(root === 'Query' ? ('query' as never) : ('mutation' as never))?.getFields() ?? {},
    )
      .filter((f) => takesId(f.args) && f.name !== 'exemplars') // the showcase is public by design
      .map((f) => ({ root, field: f })),
  );

  it('covers the fields it should', () => {
    const names = operations.map((o) => o.field.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'person',
        'nomination',
        'campaign',
        'votingSession',
        'council',
        'withdrawNomination',
        'castBallot',
        'registerNomination',
        'createCampaign',
        'revokeApiKey',
        // section 9
        'updateCampaign',
        'updatePerson',
        'deactivatePerson',
        'updateEmulationGroup',
        'addCouncilMember',
        'councils',
        'votingSessions',
        'escalateNomination',
        // section 8
        'recognitionDecision',
        'issueRecognitionDecision',
        'emulationFund',
        'recordFundEntry',
        'revokeRecognition',
      ]),
    );
  });

  for (const actor of ['sibling', 'otherProvince', 'apiKey', 'nobody'] as const) {
    it(`${actor}: reads nothing private of the school and changes nothing`, async () => {
      const failures: string[] = [];
      for (const { root, field } of operations) {
        const used = new Set<Kind>();
        const variables: Record<string, unknown> = {};
        for (const a of field.args) {
          const v = valueFor(a.type, a.name, field, used);
          if (
            v !== undefined &&
            (isNonNullType(a.type) ||
              getNamedType(a.type).name === 'ID' ||
              isInputObjectType(getNamedType(a.type)))
          )
            variables[a.name] = v;
        }
        const defs = Object.keys(variables).map(
          (k) => `$${k}: ${field.args.find((a) => a.name === k)!.type.toString()}`,
        );
        const selection = selectionFor(field);
        const document = `${root === 'Query' ? 'query' : 'mutation'}${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${
          defs.length
            ? `(${Object.keys(variables)
                .map((k) => `${k}: $${k}`)
                .join(', ')})`
            : ''
        }${selection} }`;
        const res = await graphql<Record<string, unknown>>(document, variables, actors[actor]);
        const text = JSON.stringify(res.data ?? null);
        // A reporting tool's key reads the opened campaigns its reports name (not their drafts).
        const secret = actor === 'apiKey' ? privateIds.filter((id) => id !== ids.Campaign) : privateIds;
        const leaked = secret.filter((id) => text.includes(id));
        if (leaked.length > 0) failures.push(`${field.name}: leaked ${leaked.join(', ')}`);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        if (root === 'Mutation') {
          if (res.data?.[field.name] != null) failures.push(`${field.name}: succeeded`);
          // FORBIDDEN says "it exists": only for what the actor may read (the public directory;
          // for a reporting key, also the opened campaigns its reports name).
          const visible = new Set<Kind>(actor === 'apiKey' ? ['Organization', 'Campaign'] : ['Organization']);
          if (codes.includes('FORBIDDEN') && ![...used].every((k) => visible.has(k)))
            failures.push(`${field.name}: FORBIDDEN reveals ${[...used].join(', ')}`);
        }
        if (
          actor === 'nobody' &&
          res.data?.[field.name] != null &&
          !['organization', 'organizations'].includes(field.name)
        )
          failures.push(`${field.name}: answered an anonymous caller`);
        if (codes.includes('INTERNAL_SERVER_ERROR')) failures.push(`${field.name}: internal error`);
      }
      expect(failures).toEqual([]);
    });
  }

  it('`_entities` of every private entity type, signed as the sibling school, resolve to null', async () => {
    const urls = JSON.parse(testEnv('subgraphUrls')) as Record<string, string>;
    const siblingIdentity = await identityOf(actors.sibling);
    const cases: [string, Kind][] = [
      ['organizations', 'Person'],
      ['organizations', 'EmulationGroup'],
      ['campaigns', 'Campaign'],
      ['nominations', 'Nomination'],
      ['nominations', 'RecognitionDecision'],
      ['voting', 'Council'],
      ['voting', 'VotingSession'],
    ];
    for (const [subgraph, kind] of cases) {
      const body = JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on ${kind} { id } } }`,
        variables: { r: [{ __typename: kind, id: ids[kind] }] },
      });
      const res = await fetch(urls[subgraph]!, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...signInternalRequest(siblingIdentity, testEnv('internalSecret'), body),
        },
        body,
      });
      const json = (await res.json()) as { data?: { _entities: unknown[] } };
      expect({ kind, entity: json.data?._entities?.[0] ?? null }).toEqual({ kind, entity: null });
    }
  });
});

/** The smallest selection that asks for the objects' ids (or nothing, for scalars). */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isScalarType(type) || isEnumType(type)) return '';
  const fields =
    'getFields' in type ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>) : {};
  if (fields.edges) return ' { totalCount edges { node { id } } }';
  if (fields.id) return ' { id }';
  if (fields.sessionId) return ' { sessionId }';
  if (fields.organization) return ' { organization { id } }';
  return ' { __typename }';
}

/** The identity the gateway would sign for a credential (resolved the same way). */
async function identityOf(credentials: Credentials): Promise<Identity> {
  const me = await ok<{
    me: {
      subject: string;
      grants: { id: string; organization: { id: string; ancestors: { id: string }[] }; role: string }[];
    };
  }>(`{ me { subject grants { id role organization { id ancestors { id } } } } }`, {}, credentials);
  const path = (g: { organization: { id: string; ancestors: { id: string }[] } }) =>
    [...g.organization.ancestors.map((a) => a.id), g.organization.id]
      .map((id) => id.replace(/-/g, ''))
      .join('.');
  return {
    ...ANONYMOUS,
    subject: me.me.subject,
    grants: me.me.grants.map((g) => ({
      id: g.id,
      organizationId: g.organization.id,
      path: path(g),
      role: g.role as never,
    })),
  };
}
