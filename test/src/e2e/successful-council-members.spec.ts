import { graphql, ok, uniqueCode } from '@laurel/testing';
import { as, createPerson } from './flows';
import { propose, register } from './nomination-flows';
import { CAST, councilWorld, createSession, waitForStage } from './voting-flows';

/** What the ballot shows of each nomination of the slate (web/src/features/voting). */
const SLATE = `query($id: ID!) { votingSession(id: $id) { id nominations {
  id stage nomineeName distinction { code } submittingOrganization { id } dossier { summary } } } }`;
const OPEN = `mutation($id: ID!) { openVotingSession(id: $id) { status eligibleVoters } }`;
const CLOSE = `mutation($id: ID!) { closeVotingSession(id: $id) { status ballotsCast results { nomination { id } passed } } }`;

type Slate = {
  votingSession: {
    nominations: ({
      id: string;
      stage: string;
      nomineeName: string;
      distinction: { code: string };
      dossier: { summary: string } | null;
    } | null)[];
  } | null;
};

describe('council members without a role: the slate they vote on, and the chair who runs the session', () => {
  let w: Awaited<ReturnType<typeof councilWorld>>;
  let sessionId: string;

  beforeAll(async () => {
    w = await councilWorld(`Thành viên ${uniqueCode('c')}`, 3, 2);
    sessionId = await createSession(w.admin, w.councilId, w.nominations, {
      threshold: [1, 2],
      base: 'BALLOTS_CAST',
      quorum: [1, 2],
    });
  });

  it('a member reads the slate of a DRAFT session with its dossiers, as soon as the session is created', async () => {
    const read = await ok<Slate>(SLATE, { id: sessionId }, await as(w.accounts[2]!));
    expect(read.votingSession!.nominations).toEqual(
      w.nominations.map((id, i) => ({
        id,
        stage: 'PROPOSED',
        nomineeName: `Ứng viên ${i + 1}`,
        distinction: { code: 'DIEN_HINH_TIEN_TIEN_CA_NHAN' },
        submittingOrganization: { id: w.world.school1.id },
        dossier: { summary: 'Hoàn thành xuất sắc nhiệm vụ' },
      })),
    );
  });

  it('a member seated later reads the DRAFT slate; one taken off the council no longer does', async () => {
    const account = `late-member-${uniqueCode('m')}`;
    const late = await createPerson(w.world.school1.id, 'Thành viên bổ sung', { account });
    const before = await ok<{ nomination: { id: string } | null }>(
      `query($id: ID!) { nomination(id: $id) { id } }`,
      { id: w.nominations[0] },
      await as(account),
    );
    expect(before.nomination).toBeNull();
    await ok(
      `mutation($c: ID!, $m: CouncilMemberInput!) { addCouncilMember(councilId: $c, member: $m) { id } }`,
      { c: w.councilId, m: { personId: late.id, role: 'MEMBER' } },
      await as(w.admin),
    );
    const seated = await ok<Slate>(SLATE, { id: sessionId }, await as(account));
    expect(seated.votingSession!.nominations.map((n) => n?.nomineeName)).toEqual([
      'Ứng viên 1',
      'Ứng viên 2',
    ]);
    await ok(
      `mutation($c: ID!, $p: ID!) { removeCouncilMember(councilId: $c, personId: $p) { id } }`,
      { c: w.councilId, p: late.id },
      await as(w.admin),
    );
    const gone = await ok<Slate>(SLATE, { id: sessionId }, await as(account));
    expect(gone.votingSession).toBeNull();
    const nomination = await ok<{ nomination: { id: string } | null }>(
      `query($id: ID!) { nomination(id: $id) { id } }`,
      { id: w.nominations[0] },
      await as(account),
    );
    expect(nomination.nomination).toBeNull();
  });

  it('the CHAIR opens and closes the session; another member is FORBIDDEN to', async () => {
    const [chair, member] = [await as(w.accounts[0]!), await as(w.accounts[1]!)];
    const byMember = await graphql(OPEN, { id: sessionId }, member);
    expect(byMember.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['FORBIDDEN', 'You may not open this voting session'],
    ]);
    const opened = await ok<{ openVotingSession: { status: string; eligibleVoters: number } }>(
      OPEN,
      { id: sessionId },
      chair,
    );
    expect(opened.openVotingSession).toEqual({ status: 'OPEN', eligibleVoters: 3 });
    for (const id of w.nominations) await waitForStage(w.admin, id, 'UNDER_REVIEW');
    const during = await ok<Slate>(SLATE, { id: sessionId }, member);
    expect(during.votingSession!.nominations.map((n) => n?.stage)).toEqual(['UNDER_REVIEW', 'UNDER_REVIEW']);

    for (const [i, account] of w.accounts.entries())
      await ok(
        CAST,
        {
          s: sessionId,
          c: w.nominations.map((nominationId, j) => ({
            nominationId,
            choice: j === 0 || i === 0 ? 'APPROVE' : 'REJECT',
          })),
        },
        await as(account),
      );
    const closeByMember = await graphql(CLOSE, { id: sessionId }, member);
    expect(closeByMember.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['FORBIDDEN', 'You may not close this voting session'],
    ]);
    const closed = await ok<{
      closeVotingSession: { status: string; ballotsCast: number; results: { passed: boolean }[] };
    }>(CLOSE, { id: sessionId }, chair);
    expect(closed.closeVotingSession.status).toBe('CLOSED');
    expect(closed.closeVotingSession.ballotsCast).toBe(3);
    expect(closed.closeVotingSession.results.map((r) => r.passed)).toEqual([true, false]);
    await waitForStage(w.admin, w.nominations[0]!, 'COUNCIL_APPROVED');
    await waitForStage(w.admin, w.nominations[1]!, 'COUNCIL_REJECTED');
    // The member still reads the slate he or she voted on, with its results.
    const after = await ok<Slate>(SLATE, { id: sessionId }, member);
    expect(after.votingSession!.nominations.map((n) => n?.stage)).toEqual([
      'COUNCIL_APPROVED',
      'COUNCIL_REJECTED',
    ]);
  });

  it('the chair of one council does not open another council’s session of the same school', async () => {
    const other = await ok<{ createCouncil: { id: string } }>(
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
      {
        input: {
          organizationId: w.world.school1.id,
          name: 'Hội đồng Sáng kiến',
          kind: 'INITIATIVE',
          members: [{ personId: w.members[1]!.id, role: 'CHAIR' }],
        },
      },
      await as(w.admin),
    );
    const nominee = await createPerson(w.world.unit1.id, 'Ứng viên khác');
    const n = await register(await as(w.admin), {
      campaignId: w.campaign.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      submittingOrganizationId: w.world.school1.id,
      nomineePersonId: nominee.id,
    });
    await propose(await as(w.admin), n.id);
    const otherSession = await createSession(w.admin, other.createCouncil.id, [n.id], {
      threshold: [1, 2],
      base: 'BALLOTS_CAST',
      quorum: [1, 2],
    });
    // The first council's chair is no member of the other council: the session does not exist.
    const open = await graphql(OPEN, { id: otherSession }, await as(w.accounts[0]!));
    expect(open.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    // Its own chair (a MEMBER of the first council) opens it.
    const opened = await ok<{ openVotingSession: { status: string } }>(
      OPEN,
      { id: otherSession },
      await as(w.accounts[1]!),
    );
    expect(opened.openVotingSession.status).toBe('OPEN');
  });
});
