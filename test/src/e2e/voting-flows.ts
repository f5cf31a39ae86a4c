import { ok, uniqueCode } from '@laurel/testing';
import { createCampaign, transition } from './campaign-flows';
import { as, createPerson, grant, provinceWithSchools } from './flows';
import { propose, register } from './nomination-flows';
import { gql } from '../gql';

// A fragment (not an interpolated string) so that codegen types the documents that spread it.
export const SESSION_FIELDS = gql(`fragment SessionFields on VotingSession {
  id title status ballotsCast eligibleVoters outcomeNote
  threshold { numerator denominator } base quorum { numerator denominator }
  council { id name } nominations { id stage }
  results { nomination { id } approve reject abstain passed } }`);

/** A school with a council of `size` members (each a person with an account) and proposed nominations. */
export async function councilWorld(label: string, size: number, slate: number) {
  const world = await provinceWithSchools(label);
  const admin = `school-admin-${uniqueCode('u')}`;
  await grant(admin, world.school1.id, 'ORG_ADMIN');
  const accounts = Array.from({ length: size }, (_, i) => `member-${i + 1}-${uniqueCode('m')}`);
  const members = await Promise.all(
    accounts.map((account, i) => createPerson(world.school1.id, `Thành viên số ${i + 1}`, { account })),
  );
  const council = await ok(
    gql(`mutation FlowsCreateCouncil($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`),
    {
      input: {
        organizationId: world.school1.id,
        name: 'Hội đồng Thi đua – Khen thưởng',
        kind: 'EMULATION',
        members: members.map((m, i) => ({ personId: m.id, role: i === 0 ? 'CHAIR' : 'MEMBER' })),
      },
    },
    await as(admin),
  );
  const campaign = await createCampaign(await as(admin), world.school1.id, { title: `Bình xét ${label}` });
  await transition(await as(admin), campaign.id, 'open');
  const nominees = await Promise.all(
    Array.from({ length: slate }, (_, i) => createPerson(world.unit1.id, `Ứng viên ${i + 1}`)),
  );
  const nominations: string[] = [];
  for (const person of nominees) {
    const n = await register(await as(admin), {
      campaignId: campaign.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: person.id,
    });
    await propose(await as(admin), n.id);
    nominations.push(n.id);
  }
  return { world, admin, accounts, members, councilId: council.createCouncil.id, campaign, nominations };
}

export async function createSession(
  admin: string,
  councilId: string,
  nominationIds: string[],
  rule: { threshold: [number, number]; base: string; quorum: [number, number] },
): Promise<string> {
  const data = await ok(
    gql(
      `mutation FlowsCreateVotingSession($input: CreateVotingSessionInput!) { createVotingSession(input: $input) { id } }`,
    ),
    {
      input: {
        councilId,
        title: 'Phiên bỏ phiếu kín',
        nominationIds,
        threshold: { numerator: rule.threshold[0], denominator: rule.threshold[1] },
        base: rule.base,
        quorum: { numerator: rule.quorum[0], denominator: rule.quorum[1] },
      },
    },
    await as(admin),
  );
  return data.createVotingSession.id;
}

export const CAST = gql(
  `mutation FlowsCastBallot($s: ID!, $c: [BallotChoiceInput!]!) { castBallot(sessionId: $s, choices: $c) { sessionId receiptCode } }`,
);

export async function stageOf(admin: string, id: string): Promise<string> {
  const data = await ok(
    gql(`query FlowsStageOf($id: ID!) { nomination(id: $id) { stage } }`),
    { id },
    await as(admin),
  );
  return data.nomination!.stage;
}

/** Council stages reach nominations through an outbox: wait for them (at least once, quickly). */
export async function waitForStage(
  admin: string,
  id: string,
  stage: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = '';
  while (Date.now() < deadline) {
    seen = await stageOf(admin, id);
    if (seen === stage) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nomination ${id} stayed ${seen}, expected ${stage}`);
}
