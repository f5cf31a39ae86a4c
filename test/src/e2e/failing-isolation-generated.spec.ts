import { ANONYMOUS, signInternalRequest, type Identity, type Role } from '@laurel/auth';
import {
  collect,
  graphql,
  ok,
  testEnv,
  uniqueCode,
  wsClient,
  type Credentials,
  type GraphQLResponse,
} from '@laurel/testing';
import { randomUUID } from 'node:crypto';
import {
  OperationTypeNode,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCampaign } from './campaign-flows';
import { admin, as, createOrg, createPerson, grant, provinceWithSchools } from './flows';
import { approved, propose, recognize, register } from './nomination-flows';

/**
 * Generated from the composed schema: every query and mutation, called by actors who must not see
 * or change a school's objects (a sibling school, another province, an API key, nobody), with
 * that school's ids, codes and people. Each answer must be what docs/API.md §2 says (null, empty
 * or NOT_FOUND for reads; NOT_FOUND, or FORBIDDEN only for what the actor sees, for writes;
 * UNAUTHENTICATED or null for nobody) and the same as the answer for random ids: a foreign id
 * must not read differently from one that exists nowhere. A new field without a guard fails here
 * without anyone writing a case (issue 23).
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
  | 'Exemplar'
  | 'FosteringAction'
  | 'Initiative'
  | 'RecognitionDecision';

/** Which object an ID names, by argument or input field name (or the field's return type for `id`). */
function kindOf(name: string, field: GraphQLField<unknown, unknown>): Kind | null {
  if (
    /^(organizationId|ownerId|withinId|newParentId|targetId|sourceIds|submittingOrganizationId|nomineeOrganizationId|issuerId|evaluatorOrganizationId|memberIds|leadsId)$/.test(
      name,
    )
  )
    return 'Organization';
  if (name === 'parentId') return field.name === 'createOrganization' ? 'Organization' : 'Campaign';
  if (/^(campaignId|toCampaignId)$/.test(name)) return 'Campaign';
  if (/^(personId|nomineePersonId|authorIds)$/.test(name)) return 'Person';
  if (name === 'exemplarId') return 'Exemplar';
  if (/^(nominationId|nominationIds)$/.test(name)) return 'Nomination';
  if (name === 'decisionId') return 'RecognitionDecision';
  if (name === 'sessionId') return 'VotingSession';
  if (name === 'councilId') return 'Council';
  if (/^(groupId|groupIds)$/.test(name)) return 'EmulationGroup';
  if (name === 'id') {
    if (field.name === 'revokeApiKey') return 'ApiKey';
    if (field.name === 'revokeRole') return 'RoleGrant';
    if (field.name === 'completeFosteringAction') return 'FosteringAction';
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
          'Exemplar',
          'Initiative',
          'RecognitionDecision',
        ] as const
      ).find((k) => k === type) ?? null
    );
  }
  return null;
}

// One actor's case sends a request per root field of the schema, one after another: it grows with
// the schema (about 3 s alone today, over 30 s beside other suites on a loaded 2-core machine).
jest.setTimeout(120_000);

describe('tenant isolation, generated from the composed schema', () => {
  const ids = {} as Record<Kind, string>;
  const privateIds: string[] = [];
  const actors = {} as Record<'sibling' | 'otherProvince' | 'apiKey' | 'nobody', Credentials>;
  const s = (n: string) => `${n}-${uniqueCode('u')}`;
  /** The school's code (imports, `organizationByCode`) and ltree path (signed identities). */
  let schoolCode = '';
  let schoolPath = '';
  let provincePath = '';

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
    schoolCode = world.school1.code;
    const label = (id: string) => id.replace(/-/g, '');
    provincePath = label(world.province.id);
    schoolPath = [world.province.id, world.district.id, world.school1.id].map(label).join('.');
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
    // Fostering (docs/API.md §7): an unpublished exemplar with a plan and an action, an initiative.
    const recognized = await register(o, {
      campaignId: campaign.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: person.id,
    });
    await approved(o, recognized.id);
    await recognize(o, recognized.id);
    const exemplar = await ok<{ createExemplar: { id: string } }>(
      `mutation($i: CreateExemplarInput!) { createExemplar(input: $i) { id } }`,
      { i: { nominationId: recognized.id, title: 'Mô hình riêng' } },
      o,
    );
    ids.Exemplar = exemplar.createExemplar.id;
    const planned = await ok<{ setFosteringPlan: { plan: { actions: { id: string }[] } } }>(
      `mutation($id: ID!, $p: FosteringPlanInput!) { setFosteringPlan(exemplarId: $id, plan: $p) { plan { actions { id } } } }`,
      {
        id: ids.Exemplar,
        p: {
          goals: 'Riêng',
          evaluationPeriod: 'QUARTER',
          actions: [{ text: 'Việc riêng', dueAt: new Date(Date.now() + 86_400_000).toISOString() }],
        },
      },
      o,
    );
    ids.FosteringAction = planned.setFosteringPlan.plan.actions[0]!.id;
    const initiative = await ok<{ registerInitiative: { id: string } }>(
      `mutation($i: RegisterInitiativeInput!) { registerInitiative(input: $i) { id } }`,
      {
        i: { organizationId: world.school1.id, title: 'Sáng kiến riêng', year: 2026, authorIds: [person.id] },
      },
      o,
    );
    ids.Initiative = initiative.registerInitiative.id;
    // docs/API.md §8: a decision of the school (and with it a PAYMENT in its fund).
    const decided = await register(o, {
      campaignId: campaign.id,
      distinctionCode: 'LAO_DONG_TIEN_TIEN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: (await createPerson(world.school1.id, 'Được Khen Văn Riêng')).id,
    });
    await approved(o, decided.id);
    const decision = await ok<{ issueRecognitionDecision: { id: string } }>(
      `mutation($i: IssueDecisionInput!) { issueRecognitionDecision(input: $i) { id } }`,
      {
        i: {
          organizationId: world.school1.id,
          number: '01/QĐ-riêng',
          decidedAt: new Date().toISOString(),
          signer: 'Hiệu trưởng',
          title: 'Quyết định riêng',
          nominationIds: [decided.id],
        },
      },
      o,
    );
    ids.RecognitionDecision = decision.issueRecognitionDecision.id;
    privateIds.push(
      ids.Exemplar,
      ids.FosteringAction,
      ids.Initiative,
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

  /** Ids that exist nowhere, one per kind: a foreign id must be answered as these are. */
  const randomIds = Object.fromEntries(
    (
      [
        'Organization',
        'Person',
        'Campaign',
        'Nomination',
        'Council',
        'VotingSession',
        'EmulationGroup',
        'ApiKey',
        'RoleGrant',
        'Exemplar',
        'FosteringAction',
        'Initiative',
        'RecognitionDecision',
      ] as const
    ).map((k) => [k, randomUUID()]),
  ) as Record<Kind, string>;

  /**
   * A value for an argument: from `idsOf` where an ID is asked, the school's code, an import
   * file naming the school and its person, something plausible elsewhere.
   */
  function valueFor(
    type: GraphQLInputType,
    name: string,
    field: GraphQLField<unknown, unknown>,
    used: Set<Kind>,
    idsOf: (kind: Kind) => string,
  ): unknown {
    if (isNonNullType(type)) return valueFor(type.ofType, name, field, used, idsOf);
    if (isListType(type)) {
      const v = valueFor(type.ofType as GraphQLInputType, name, field, used, idsOf);
      return v === undefined ? [] : [v];
    }
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      let optionalId = false;
      for (const f of Object.values(type.getFields())) {
        const idField = getNamedType(f.type).name === 'ID';
        if (isNonNullType(f.type) || (idField && !optionalId && kindOf(f.name, field))) {
          if (!isNonNullType(f.type)) optionalId = true;
          out[f.name] = valueFor(f.type, f.name, field, used, idsOf);
        }
      }
      return out;
    }
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isScalarType(type)) {
      if (type.name === 'ID') {
        const kind = kindOf(name, field);
        if (kind) used.add(kind);
        return kind ? idsOf(kind) : '00000000-0000-4000-8000-000000000000';
      }
      if (type.name === 'Int') return 1;
      if (type.name === 'Boolean') return true;
      if (type.name === 'DateTime') return new Date().toISOString();
      if (name === 'distinctionCode') return 'LAO_DONG_TIEN_TIEN';
      if (name === 'code') return schoolCode;
      if (name === 'content') return importFileFor(field.name);
      return 'x';
    }
    return undefined;
  }

  /** What an import mutation is given: rows that would change the school or its person. */
  function importFileFor(mutation: string): string {
    if (mutation === 'importPeople') return `Mã đơn vị,Họ và tên\n${schoolCode},Người Lạ Mặt`;
    if (mutation === 'importOrganizations')
      return `Mã,Tên,Loại,Mã đơn vị cha\n${uniqueCode('LA')},Đơn vị lạ,UNIT,${schoolCode}`;
    if (mutation === 'importDistinctionRecords')
      return `Năm,Mã danh hiệu,Mã cá nhân,Số quyết định\n2020,LAO_DONG_TIEN_TIEN,${ids.Person},1/QĐ`;
    return 'x';
  }

  const operations = (['Query', 'Mutation'] as const).flatMap((root) =>
    Object.values(
      schema
        .getRootType(root === 'Query' ? OperationTypeNode.QUERY : OperationTypeNode.MUTATION)
        ?.getFields() ?? {},
    ).map((f) => ({ root, field: f })),
  );

  const takesId = (field: GraphQLField<unknown, unknown>): boolean =>
    call('Query', field, (k) => ids[k]).used.size > 0;

  /** Answered to anybody, by design (SECURITY.md: the tenant wall's deliberate openings). */
  const PUBLIC = new Set(['exemplars']);
  /** Fields an API key reads for its own subtree: the school's key reads the school's reports. */
  const REPORTS = new Set(['orgReport', 'submissionCompliance', 'yearlyStatistics']);

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
        'me',
        'distinctions',
        'organizationByCode',
        'importPeople',
        'importDistinctionRecords',
        'exemplars',
        // section 9
        'updateCampaign',
        'updatePerson',
        'deactivatePerson',
        'updateEmulationGroup',
        'addCouncilMember',
        'councils',
        'votingSessions',
        'escalateNomination',
        // section 7
        'exemplar',
        'evaluationsDue',
        'replicationReport',
        'initiative',
        'createExemplar',
        'setFosteringPlan',
        'completeFosteringAction',
        'recordEvaluation',
        'recordAdoption',
        'registerInitiative',
        'reportInitiativeProgress',
        'submitInitiative',
        'setInitiativeReach',
        // section 8
        'recognitionDecision',
        'issueRecognitionDecision',
        'emulationFund',
        'recordFundEntry',
        'revokeRecognition',
      ]),
    );
  });

  /** The document and variables that call `field` with the ids `idsOf` gives. */
  function call(
    root: 'Query' | 'Mutation',
    field: GraphQLField<unknown, unknown>,
    idsOf: (k: Kind) => string,
  ) {
    const used = new Set<Kind>();
    const variables: Record<string, unknown> = {};
    for (const a of field.args) {
      const v = valueFor(a.type, a.name, field, used, idsOf);
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
    const document = `${root === 'Query' ? 'query' : 'mutation'}${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${
      defs.length
        ? `(${Object.keys(variables)
            .map((k) => `${k}: $${k}`)
            .join(', ')})`
        : ''
    }${selectionFor(field)} }`;
    return { document, variables, used };
  }

  for (const actor of ['sibling', 'otherProvince', 'apiKey', 'nobody'] as const) {
    it(`${actor}: reads nothing private of the school, changes nothing, answers a foreign id as a random one`, async () => {
      const failures: string[] = [];
      let compared = 0;
      for (const { root, field } of operations) {
        const { document, variables, used } = call(root, field, (k) => ids[k]);
        const res = await graphql<Record<string, unknown>>(document, variables, actors[actor]);
        const text = JSON.stringify(res.data ?? null);
        // An import's row errors may repeat what the caller's own file says (a person's id).
        const supplied = field.args.some((a) => a.name === 'content') ? JSON.stringify(variables) : '';
        const leaked = privateIds.filter((id) => text.includes(id) && !supplied.includes(id));
        if (leaked.length > 0) failures.push(`${field.name}: leaked ${leaked.join(', ')}`);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        const answer = res.data?.[field.name];
        if (root === 'Mutation') {
          const imported = answer as { created?: number; updated?: number } | null | undefined;
          const wrote =
            imported && typeof imported.created === 'number'
              ? imported.created + (imported.updated ?? 0) > 0
              : answer != null;
          if (wrote) failures.push(`${field.name}: succeeded`);
          // FORBIDDEN says "it exists": only for what the actor may see (the public directory).
          if (
            codes.includes('FORBIDDEN') &&
            (actor === 'nobody' || ![...used].every((k) => k === 'Organization'))
          )
            failures.push(`${field.name}: FORBIDDEN reveals ${[...used].join(', ')}`);
        } else if (codes.includes('FORBIDDEN')) {
          // Reads give null or NOT_FOUND, never FORBIDDEN (docs/API.md §2).
          failures.push(`${field.name}: a read answered FORBIDDEN`);
        }
        if (actor === 'nobody' && answer != null && !PUBLIC.has(field.name))
          failures.push(`${field.name}: answered an anonymous caller`);
        if (codes.includes('INTERNAL_SERVER_ERROR')) failures.push(`${field.name}: internal error`);

        // The same call with ids that exist nowhere: the answer must not tell them apart. The
        // directory is public to authenticated callers, so reads keep the organization's id.
        if (used.size === 0 || (actor === 'apiKey' && REPORTS.has(field.name))) continue;
        const random = call(root, field, (k) =>
          root === 'Query' && k === 'Organization' && actor !== 'nobody' ? ids[k] : randomIds[k],
        );
        const other = await graphql<Record<string, unknown>>(
          random.document,
          random.variables,
          actors[actor],
        );
        compared += 1;
        if (JSON.stringify(seen(res)) !== JSON.stringify(seen(other)))
          failures.push(
            `${field.name}: a foreign id answers ${JSON.stringify(seen(res))}, a random one ${JSON.stringify(seen(other))}`,
          );
      }
      expect(failures).toEqual([]);
      // Every field with an id was also asked with random ids (the reports an API key reads aside).
      expect(compared).toBeGreaterThanOrEqual(
        operations.filter((o) => takesId(o.field)).length - REPORTS.size,
      );
    });
  }

  it('votingProgress: every actor gets NOT_FOUND, as for a session that exists nowhere', async () => {
    const results: Record<string, unknown> = {};
    for (const actor of ['sibling', 'otherProvince', 'apiKey', 'nobody'] as const) {
      const credentials = actors[actor];
      const params =
        credentials && 'token' in credentials
          ? { authorization: `Bearer ${credentials.token}` }
          : credentials && 'apiKey' in credentials
            ? { 'x-api-key': credentials.apiKey }
            : {};
      const client = wsClient(params);
      try {
        for (const [label, sessionId] of [
          ['foreign', ids.VotingSession],
          ['random', randomIds.VotingSession],
        ] as const) {
          for (const selection of ['sessionId ballotsCast', 'sessionId ... on VotingProgress { status }']) {
            const stream = collect<{ errors?: { extensions?: { code?: string } }[] }>(
              client,
              `subscription($s: ID!) { votingProgress(sessionId: $s) { ${selection} } }`,
              { s: sessionId },
            );
            const first = await stream.next(5_000).catch((e: unknown) => ({ failed: String(e) }));
            stream.unsubscribe();
            results[`${actor} ${label} ${selection}`] = JSON.parse(
              JSON.stringify(first).replace(UUID, '<id>'),
            );
          }
        }
      } finally {
        await client.dispose();
      }
    }
    const notFound = { data: null, errors: [expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })] };
    expect(results).toEqual(Object.fromEntries(Object.keys(results).map((k) => [k, notFound])));
  });

  it('`_entities` of every private entity type resolve to null for the sibling school, an API key and nobody', async () => {
    const urls = JSON.parse(testEnv('subgraphUrls')) as Record<string, string>;
    const identities: [string, Identity][] = [
      ['sibling', await identityOf(actors.sibling)],
      ['nobody', ANONYMOUS],
      [
        'apiKey',
        {
          ...ANONYMOUS,
          apiKey: { id: ids.ApiKey, organizationId: ids.Organization, path: schoolPath },
          tenantRoots: [provincePath],
        },
      ],
    ];
    const cases: [string, Kind][] = [
      ['organizations', 'Person'],
      ['organizations', 'EmulationGroup'],
      ['campaigns', 'Campaign'],
      ['nominations', 'Nomination'],
      ['nominations', 'RecognitionDecision'],
      ['voting', 'Council'],
      ['voting', 'VotingSession'],
      ['exemplars', 'Exemplar'],
      ['exemplars', 'Initiative'],
    ];
    const found: string[] = [];
    for (const [who, identity] of identities) {
      for (const [subgraph, kind] of cases) {
        // A report names its campaign: a reporting tool's key reads that header (title, period)
        // of its own subtree's opened campaigns, and the campaign's details answer it nothing.
        if (who === 'apiKey' && kind === 'Campaign') continue;
        const body = JSON.stringify({
          query: `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on ${kind} { id } } }`,
          variables: { r: [{ __typename: kind, id: ids[kind] }] },
        });
        const res = await fetch(urls[subgraph]!, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...signInternalRequest(identity, testEnv('internalSecret'), body),
          },
          body,
        });
        const json = (await res.json()) as { data?: { _entities: unknown[] } };
        if ((json.data?._entities?.[0] ?? null) !== null) found.push(`${who} ${kind}`);
      }
    }
    expect(found).toEqual([]);
  });
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** What a caller learns from an answer: status, data, codes and messages, ids blanked. */
function seen(res: GraphQLResponse<unknown>): unknown {
  return JSON.parse(
    JSON.stringify({
      status: res.status,
      data: res.data ?? null,
      errors: (res.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message })),
    }).replace(UUID, '<id>'),
  );
}

/** The smallest selection that asks for the objects' ids (or nothing, for scalars). */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isScalarType(type) || isEnumType(type)) return '';
  const fields =
    'getFields' in type ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>) : {};
  if (fields.edges) return ' { totalCount edges { node { id } } }';
  if (fields.created) return ' { created updated errors { row message } }';
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
      role: g.role as Role,
    })),
  };
}
