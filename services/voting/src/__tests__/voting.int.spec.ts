import { ANONYMOUS, type Identity } from '@laurel/auth';
import { asSystem, pendingSchemaChanges } from '@laurel/db';
import { startSubgraphForTest, type SubgraphTestHarness } from '@laurel/service';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createVotingApp, type VotingApp } from '../app';
import { CouncilEntity, CouncilMemberEntity } from '../council/council.entity';
import { DraftSlateReaders1765100000000 } from '../migrations/1765100000000-draft-slate-readers.migration';
import { SessionNominationEntity, VotingSessionEntity } from '../session/session.entity';
import { votingDataSource } from '../data-source';
import { migrate } from '../migrate';

const SECRET = randomBytes(32).toString('hex');
const USER: Identity = {
  subject: 'user-1',
  isPlatformAdmin: false,
  personIds: [],
  personPaths: [],
  grants: [],
  apiKey: null,
  tenantRoots: [],
};

describe('voting subgraph', () => {
  let harness: SubgraphTestHarness<VotingApp>;
  let url: string;
  const post = <T>(identity: Identity | null, query: string) => harness.post<T>(identity, query);
  let db: DataSource;

  beforeAll(async () => {
    harness = await startSubgraphForTest({
      dataSource: votingDataSource,
      internalSecret: SECRET,
      start: async ({ db, internalSecret, openPubSub }) =>
        createVotingApp({
          db,
          pubSub: await openPubSub('laurel_voting_test'),
          port: 0,
          internalSecret,
          directorySync: null,
          nominationsUrl: 'http://127.0.0.1:9',
          campaignsUrl: 'http://127.0.0.1:9',
          sealingKey: randomBytes(32).toString('hex'),
        }),
    });
    db = harness.db;
    url = harness.url;
    expect(harness.migrated).toEqual([
      'VotingInitial1763800000000',
      'Voting1763900000000',
      'VoteComparison1764000000000',
      'RowLevelSecurity1764400000000',
      'DirectoryPersonLeftAt1764710000000',
      'DraftSlateReaders1765100000000',
    ]);
  });

  afterAll(() => harness?.close());

  it('migrations match the entities', async () => {
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('migrating again runs nothing', async () => {
    expect(await migrate(url)).toEqual([]);
  });

  it('the draft-slate migration tells nominations who reads the slates of DRAFT sessions, and of those only', async () => {
    const councilId = randomUUID();
    const people = [randomUUID(), randomUUID()].sort();
    const sessions = { draft: randomUUID(), open: randomUUID() };
    const slate = [randomUUID(), randomUUID()];
    const runner = db.createQueryRunner();
    try {
      const payloads = await asSystem(async () => {
        await db.getRepository(CouncilEntity).insert({
          id: councilId,
          organizationId: randomUUID(),
          name: 'Hội đồng',
          kind: 'EMULATION',
          createdBy: 'test',
        });
        await db.getRepository(CouncilMemberEntity).insert([
          { councilId, personId: people[0]!, role: 'CHAIR' },
          { councilId, personId: people[1]!, role: 'MEMBER' },
        ]);
        for (const [name, id] of Object.entries(sessions)) {
          await db.getRepository(VotingSessionEntity).insert({
            id,
            councilId,
            title: name,
            status: name === 'draft' ? 'DRAFT' : 'OPEN',
            thresholdNumerator: 1,
            thresholdDenominator: 2,
            base: 'BALLOTS_CAST',
            comparison: 'AT_LEAST',
            ruleSource: null,
            quorumNumerator: 1,
            quorumDenominator: 2,
            createdBy: 'test',
          });
          await db
            .getRepository(SessionNominationEntity)
            .insert(slate.map((nominationId, position) => ({ sessionId: id, nominationId, position })));
        }
        await new DraftSlateReaders1765100000000().up(runner);
        return (
          (await db.query(
            `SELECT payload FROM voting.council_outbox WHERE payload->>'by' = 'migration'`,
          )) as { payload: unknown }[]
        ).map((r) => r.payload);
      });
      expect(payloads).toEqual([
        { changes: [], seat: { nominationIds: slate, personIds: people }, by: 'migration' },
      ]);
    } finally {
      await runner.release();
    }
  });

  it('reports its schema version to an authenticated caller', async () => {
    const res = await post<{ votingInfo: { service: string; schemaVersion: string | null } }>(
      USER,
      `{ votingInfo { service schemaVersion } }`,
    );
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data!.votingInfo).toEqual({
      service: 'voting',
      schemaVersion: 'DraftSlateReaders1765100000000',
    });
  });

  it('refuses an anonymous caller and an unsigned request', async () => {
    const anonymous = await post(ANONYMOUS, `{ votingInfo { service } }`);
    expect(anonymous.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unsigned = await post(null, `{ votingInfo { service } }`);
    expect(unsigned.status).toBe(401);
  });
});
