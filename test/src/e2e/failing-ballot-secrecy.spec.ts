import { ok, testEnv } from '@laurel/testing';
import { Client } from 'pg';
import { as } from './flows';
import { CAST, councilWorld, createSession } from './voting-flows';
import { gql } from '../gql';

/**
 * Tries to link ballots to voters the way someone who runs the database would: by joining the
 * participation record to the ballots on `xmin` (rows written by one transaction share it), by
 * insertion order, by ids, by timestamps, by the receipts, and by reading the sealed ballots.
 */
describe('secret ballots stay secret against the people who run the database', () => {
  let db: Client;
  let w: Awaited<ReturnType<typeof councilWorld>>;
  let sessionId: string;
  const CHOICES = ['APPROVE', 'REJECT', 'ABSTAIN', 'APPROVE', 'APPROVE', 'REJECT', 'ABSTAIN'];

  beforeAll(async () => {
    db = new Client({ connectionString: testEnv('databaseUrl') });
    await db.connect();
    w = await councilWorld('Bí mật', CHOICES.length, 1);
    sessionId = await createSession(w.admin, w.councilId, w.nominations, {
      threshold: [1, 2],
      base: 'BALLOTS_CAST',
      quorum: [0, 1],
    });
    await ok(
      `mutation($id: ID!) { openVotingSession(id: $id) { status } }`,
      { id: sessionId },
      await as(w.admin),
    );
    for (const [i, choice] of CHOICES.entries()) {
      await ok(
        CAST,
        { s: sessionId, c: [{ nominationId: w.nominations[0], choice }] },
        await as(w.accounts[i]!),
      );
    }
  });

  afterAll(() => db?.end());

  it('no table puts a voter and a choice side by side, and the ballots table has nothing but the choice', async () => {
    const { rows } = await db.query<{ table_name: string; columns: string[] }>(
      `SELECT table_name, array_agg(column_name::text ORDER BY column_name) AS columns
         FROM information_schema.columns WHERE table_schema = 'voting' GROUP BY table_name`,
    );
    const tables = new Map(rows.map((r) => [r.table_name, r.columns]));
    expect(tables.get('ballot')).toEqual(['choices', 'id', 'session_id']);
    expect(tables.get('sealed_ballot')).toEqual(['id', 'sealed', 'session_id']);
    expect(tables.get('participation')).toEqual(['person_id', 'session_id']);
    expect(tables.get('receipt')).toEqual(['code_hash', 'session_id']);
    for (const [table, columns] of tables) {
      const voter = columns.some((c) => c.includes('person') || c.includes('voter') || c.includes('member'));
      const choice = columns.some((c) => c.includes('choice') || c.includes('sealed'));
      expect({ table, both: voter && choice }).toEqual({ table, both: false });
    }
  });

  it('while open, an xmin join reaches only sealed bytes: no choice can be read from the database', async () => {
    const joined = await db.query<{ person_id: string; sealed: Buffer }>(
      `SELECT p.person_id, s.sealed FROM voting.participation p
         JOIN voting.sealed_ballot s ON s.xmin = p.xmin AND s.session_id = p.session_id
        WHERE p.session_id = $1`,
      [sessionId],
    );
    // The join works (that is the known weakness) …
    expect(joined.rows).toHaveLength(CHOICES.length);
    // … and yields nothing readable: no choice, no nomination id, all of one length (padded).
    const lengths = new Set(joined.rows.map((r) => r.sealed.length));
    expect(lengths.size).toBe(1);
    for (const { sealed } of joined.rows) {
      const text = sealed.toString('latin1');
      for (const needle of ['APPROVE', 'REJECT', 'ABSTAIN', w.nominations[0]!])
        expect(text).not.toContain(needle);
    }
    // The key is not in the database in the clear: it is wrapped, and no column holds 32 raw bytes of it.
    const key = await db.query<{ wrapped_key: Buffer }>(
      `SELECT wrapped_key FROM voting.voting_session WHERE id = $1`,
      [sessionId],
    );
    expect(key.rows[0]!.wrapped_key.length).toBeGreaterThan(32);
    // Tallies are not computable while open: nothing in the database but sealed ballots.
    const opened = await db.query(`SELECT 1 FROM voting.ballot WHERE session_id = $1`, [sessionId]);
    expect(opened.rowCount).toBe(0);
  });

  it('after closing, the ballots are unlinkable: new xmin, no sealed rows, the key destroyed', async () => {
    const closed = await ok(
      gql(
        `mutation FailBallotSecrecyCloseVotingSession($id: ID!) { closeVotingSession(id: $id) { results { approve reject abstain } } }`,
      ),
      { id: sessionId },
      await as(w.admin),
    );
    expect(closed.closeVotingSession.results).toEqual([{ approve: 3, reject: 2, abstain: 2 }]);

    const sealed = await db.query(`SELECT 1 FROM voting.sealed_ballot WHERE session_id = $1`, [sessionId]);
    expect(sealed.rowCount).toBe(0);
    const key = await db.query<{ wrapped_key: Buffer | null }>(
      `SELECT wrapped_key FROM voting.voting_session WHERE id = $1`,
      [sessionId],
    );
    expect(key.rows[0]!.wrapped_key).toBeNull();

    const xmin = await db.query<{ p: string; b: string }>(
      `SELECT (SELECT count(*) FROM voting.participation p JOIN voting.ballot b ON b.xmin = p.xmin
                WHERE p.session_id = $1 AND b.session_id = $1)::text AS p,
              (SELECT count(DISTINCT xmin::text) FROM voting.ballot WHERE session_id = $1)::text AS b`,
      [sessionId],
    );
    expect(xmin.rows[0]).toEqual({ p: '0', b: '1' }); // one closing transaction wrote them all

    // Nor do receipts lead to a choice: a receipt row is joinable to its voter, never to a ballot.
    const receipts = await db.query(
      `SELECT 1 FROM voting.receipt r JOIN voting.ballot b ON b.xmin = r.xmin WHERE r.session_id = $1`,
      [sessionId],
    );
    expect(receipts.rowCount).toBe(0);

    // Ballot ids are random (v4), not a sequence that would follow the order of casting.
    const ids = await db.query<{ id: string }>(`SELECT id::text FROM voting.ballot WHERE session_id = $1`, [
      sessionId,
    ]);
    expect(ids.rows.every((r) => /^[0-9a-f]{8}-[0-9a-f]{4}-4/.test(r.id))).toBe(true);
  });
});
