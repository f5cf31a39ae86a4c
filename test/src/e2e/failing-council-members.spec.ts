import { ok, uniqueCode } from '@laurel/testing';
import { createCampaign, transition } from './campaign-flows';
import { as, createPerson, grant } from './flows';
import { propose, register } from './nomination-flows';
import { councilWorld, createSession } from './voting-flows';

const NOMINATION = `query($id: ID!) { nomination(id: $id) { id nomineeName dossier { summary } } }`;
const NOMINATIONS = `query($o: ID!) { nominations(organizationId: $o, first: 50) { totalCount edges { node { id } } } }`;
const SLATE = `query($id: ID!) { votingSession(id: $id) { id nominations { id nomineeName } } }`;

/**
 * A council member reads the slates of the sessions he or she votes in (docs/API.md §2), and nothing
 * else of the tenant: not another council's session of the same school, not the school's other
 * nominations, not another school's.
 */
describe('a council member reads his or her slates and nothing else', () => {
  let w: Awaited<ReturnType<typeof councilWorld>>;
  let member: { token: string };
  let ownSession: string;
  let otherSession: string;
  let otherSlate: string;
  let offSlate: string;
  let otherSchool: string;

  beforeAll(async () => {
    w = await councilWorld(`Ranh giới ${uniqueCode('c')}`, 2, 1);
    member = await as(w.accounts[1]!);
    ownSession = await createSession(w.admin, w.councilId, w.nominations, {
      threshold: [1, 2],
      base: 'BALLOTS_CAST',
      quorum: [1, 2],
    });
    const admin = await as(w.admin);
    const registerProposed = async (submitter: string, campaignId: string, by = admin) => {
      const nominee = await createPerson(submitter, `Người khác ${uniqueCode('p')}`);
      const n = await register(by, {
        campaignId,
        distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
        submittingOrganizationId: submitter,
        nomineePersonId: nominee.id,
      });
      await propose(by, n.id, 'Hồ sơ không thuộc phiếu của thành viên');
      return n.id;
    };
    // Another council of the same school, whose member he is not, with its own slate.
    otherSlate = await registerProposed(w.world.school1.id, w.campaign.id);
    const council = await ok<{ createCouncil: { id: string } }>(
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
      {
        input: {
          organizationId: w.world.school1.id,
          name: 'Hội đồng khác',
          kind: 'EMULATION',
          members: [{ personId: w.members[0]!.id, role: 'CHAIR' }],
        },
      },
      admin,
    );
    otherSession = await createSession(w.admin, council.createCouncil.id, [otherSlate], {
      threshold: [1, 2],
      base: 'BALLOTS_CAST',
      quorum: [1, 2],
    });
    await ok(`mutation($id: ID!) { openVotingSession(id: $id) { id } }`, { id: otherSession }, admin);
    // A nomination of the school on no slate, and one of another school.
    offSlate = await registerProposed(w.world.school1.id, w.campaign.id);
    const school2Admin = `school2-admin-${uniqueCode('u')}`;
    await grant(school2Admin, w.world.school2.id, 'ORG_ADMIN');
    const by2 = await as(school2Admin);
    const campaign2 = await createCampaign(by2, w.world.school2.id, { title: 'Bình xét trường khác' });
    await transition(by2, campaign2.id, 'open');
    otherSchool = await registerProposed(w.world.school2.id, campaign2.id, by2);
  });

  it('reads the slate of the session he or she votes in', async () => {
    const read = await ok<{ votingSession: { nominations: { id: string; nomineeName: string }[] } }>(
      SLATE,
      { id: ownSession },
      member,
    );
    expect(read.votingSession.nominations.map((n) => n.id)).toEqual(w.nominations);
    expect(read.votingSession.nominations[0]!.nomineeName).toBe('Ứng viên 1');
  });

  it('does not read another council’s session nor its slate, even where a colleague sits on both', async () => {
    expect(
      (await ok<{ votingSession: unknown }>(SLATE, { id: otherSession }, member)).votingSession,
    ).toBeNull();
    expect((await ok<{ nomination: unknown }>(NOMINATION, { id: otherSlate }, member)).nomination).toBeNull();
    // The colleague who chairs both reads both (the rule is per person, not per school).
    const chair = await as(w.accounts[0]!);
    expect(
      (await ok<{ nomination: { id: string } }>(NOMINATION, { id: otherSlate }, chair)).nomination,
    ).toEqual(expect.objectContaining({ id: otherSlate }));
  });

  it('does not read the school’s other nominations, nor another school’s, by id or by list', async () => {
    for (const id of [offSlate, otherSchool])
      expect((await ok<{ nomination: unknown }>(NOMINATION, { id }, member)).nomination).toBeNull();
    const own = await ok<{ nominations: { totalCount: number; edges: { node: { id: string } }[] } }>(
      NOMINATIONS,
      { o: w.world.school1.id },
      member,
    );
    // The organization's list holds at most the slate he or she votes on.
    expect(own.nominations.edges.map((e) => e.node.id).filter((id) => !w.nominations.includes(id))).toEqual(
      [],
    );
    const other = await ok<{ nominations: { totalCount: number } }>(
      NOMINATIONS,
      { o: w.world.school2.id },
      member,
    );
    expect(other.nominations.totalCount).toBe(0);
  });
});
