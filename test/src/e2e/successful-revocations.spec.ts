import { codes, graphql, ok, uniqueCode } from '@laurel/testing';
import { createCampaign, transition, Y } from './campaign-flows';
import { as, createOrg, createPerson, grant, provinceWithSchools } from './flows';
import { approved, register } from './nomination-flows';

const ISSUE = `mutation($input: IssueDecisionInput!) { issueRecognitionDecision(input: $input) { id totalReward } }`;
const REVOKE = `mutation($id: ID!, $n: String!, $at: DateTime!, $r: String!) {
  revokeRecognition(nominationId: $id, decisionNumber: $n, decidedAt: $at, reason: $r) {
    id stage reward
    revocation { decisionNumber reason by rewardToRecover affected { id stage distinction { code } } }
  }
}`;
const RECORDS = `query($id: ID!) { person(id: $id) { distinctions { year distinction { code } } } }`;
const FUND = `query($o: ID!, $y: Int!) {
  emulationFund(organizationId: $o, year: $y) {
    allocated paid recovered balance
    entries(first: 20) { totalCount edges { node { amount kind decision { id } } } }
  }
}`;
const REPORT = `query($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {
  totals { recognized revoked individuals collectives } byDistinction { distinction { code } count }
} }`;

async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 8_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/**
 * docs/API.md §8: a recognition revoked (Law 06/2022, chapter VII). Chiến sĩ thi đua cơ sở needs Lao
 * động tiên tiến the same year (Law 06/2022 art. 23): revoking the Lao động tiên tiến flags the
 * Chiến sĩ thi đua already recognized and refuses one judged afterwards.
 */
describe('revokeRecognition', () => {
  it('revokes, forgets the ledger year, flags what relied on it, recovers the money, counts it', async () => {
    const world = await provinceWithSchools('Thu hồi');
    const admin = `school-admin-${uniqueCode('u')}`;
    const viewer = `school-viewer-${uniqueCode('u')}`;
    const stranger = `stranger-${uniqueCode('u')}`;
    await grant(admin, world.school1.id, 'ORG_ADMIN');
    await grant(viewer, world.school1.id, 'VIEWER');
    const other = await createOrg('PROVINCE', 'Tỉnh Khác (Thu hồi)', null);
    await grant(stranger, other.id, 'ORG_ADMIN');
    const a = await as(admin);
    const person = await createPerson(world.school1.id, 'Đỗ Thị Khai Man');
    const campaign = await createCampaign(a, world.school1.id, { title: 'Thi đua năm học', year: Y - 1 });
    await transition(a, campaign.id, 'open');
    const later = await createCampaign(a, world.school1.id, { title: 'Đợt bổ sung', year: Y - 1 });
    await transition(a, later.id, 'open');
    const nominate = async (campaignId: string, distinctionCode: string) => {
      const n = await register(a, {
        campaignId,
        distinctionCode,
        submittingOrganizationId: world.school1.id,
        nomineePersonId: person.id,
      });
      await approved(a, n.id);
      return n.id;
    };
    const issue = (number: string, nominationIds: string[]) =>
      graphql<{ issueRecognitionDecision: { id: string; totalReward: number } }>(
        ISSUE,
        {
          input: {
            organizationId: world.school1.id,
            number,
            decidedAt: new Date().toISOString(),
            signer: 'Hiệu trưởng',
            title: 'Công nhận danh hiệu thi đua',
            nominationIds,
          },
        },
        a,
      );
    await ok(
      `mutation($input: FundEntryInput!) { recordFundEntry(input: $input) { id } }`,
      { input: { organizationId: world.school1.id, year: 2026, amount: 5_000_000, kind: 'ALLOCATION' } },
      a,
    );

    const ldtt = await nominate(campaign.id, 'LAO_DONG_TIEN_TIEN');
    const cstd = await nominate(campaign.id, 'CHIEN_SI_THI_DUA_CO_SO');
    // Base salary 2,530,000 (from 1 July 2026, unconfirmed): 0.3 × = 759,000 -> 760,000.
    const first = await issue('40/QĐ', [ldtt]);
    expect(first.errors).toBeUndefined();
    expect(first.data!.issueRecognitionDecision.totalReward).toBe(760_000);
    // 1.0 × 2,530,000: the prerequisite (LĐTT of the year) holds.
    const second = await issue('41/QĐ', [cstd]);
    expect(second.errors).toBeUndefined();
    expect(second.data!.issueRecognitionDecision.totalReward).toBe(2_530_000);

    // Before confirming, the consequences as the revocation will compute them; nothing changes.
    const PREVIEW = `query($id: ID!) { nomination(id: $id) { stage revocationPreview { rewardToRecover affected { id } } } }`;
    const preview = await ok<{
      nomination: {
        stage: string;
        revocationPreview: { rewardToRecover: number; affected: { id: string }[] };
      };
    }>(PREVIEW, { id: ldtt }, a);
    expect(preview.nomination).toEqual({
      stage: 'RECOGNIZED',
      revocationPreview: { rewardToRecover: 760_000, affected: [{ id: cstd }] },
    });

    // Grounds are checked; the viewer and a stranger may not revoke.
    const at = new Date().toISOString();
    const vars = { id: ldtt, n: '50/QĐ-TH', at, r: 'Cá nhân khai man thành tích trong hồ sơ đề nghị' };
    expect(codes(await graphql(REVOKE, { ...vars, r: 'Không thích' }, a))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graphql(REVOKE, vars, await as(viewer)))).toEqual(['FORBIDDEN']);
    expect(codes(await graphql(REVOKE, vars, await as(stranger)))).toEqual(['NOT_FOUND']);

    const revoked = (
      await ok<{
        revokeRecognition: {
          stage: string;
          reward: number;
          revocation: {
            decisionNumber: string;
            by: string;
            rewardToRecover: number;
            affected: { id: string; stage: string; distinction: { code: string } }[];
          };
        };
      }>(REVOKE, vars, a)
    ).revokeRecognition;
    expect(revoked.stage).toBe('REVOKED');
    expect(revoked.revocation).toMatchObject({
      decisionNumber: '50/QĐ-TH',
      by: admin,
      rewardToRecover: 760_000,
    });
    // The Chiến sĩ thi đua relied on it: flagged, not revoked.
    expect(revoked.revocation.affected).toEqual([
      { id: cstd, stage: 'RECOGNIZED', distinction: { code: 'CHIEN_SI_THI_DUA_CO_SO' } },
    ]);
    // Revoked: nothing more to preview.
    expect(
      (await ok<{ nomination: { revocationPreview: unknown } }>(PREVIEW, { id: ldtt }, a)).nomination
        .revocationPreview,
    ).toBeNull();
    // Twice is not a move of the stage machine.
    expect(codes(await graphql(REVOKE, vars, a))).toEqual(['INVALID_TRANSITION']);

    // The ledger forgot the year's Lao động tiên tiến.
    const records = await ok<{ person: { distinctions: { year: number; distinction: { code: string } }[] } }>(
      RECORDS,
      { id: person.id },
      a,
    );
    expect(records.person.distinctions.map((d) => d.distinction.code)).toEqual(['CHIEN_SI_THI_DUA_CO_SO']);
    // So a Chiến sĩ thi đua judged now no longer meets its prerequisite.
    const again = await nominate(later.id, 'CHIEN_SI_THI_DUA_CO_SO');
    const refused = await issue('42/QĐ', [again]);
    expect(codes(refused)).toEqual(['NOT_ELIGIBLE']);
    expect(refused.errors?.[0]?.extensions?.nominations).toEqual([
      {
        id: again,
        code: 'NOT_ELIGIBLE',
        reason: expect.stringContaining('prerequisites'),
        rule: 'PREREQUISITE_MISSING',
      },
    ]);

    // The fund: 5,000,000 − (760,000 + 2,530,000) + 760,000 recovered = 2,470,000.
    const fund = (
      await ok<{
        emulationFund: {
          allocated: number;
          paid: number;
          recovered: number;
          balance: number;
          entries: { edges: { node: { amount: number; kind: string; decision: { id: string } | null } }[] };
        };
      }>(FUND, { o: world.school1.id, y: 2026 }, await as(viewer))
    ).emulationFund;
    expect(fund).toMatchObject({
      allocated: 5_000_000,
      paid: 3_290_000,
      recovered: 760_000,
      balance: 2_470_000,
    });
    expect(fund.entries.edges.filter((e) => e.node.kind === 'RECOVERY').map((e) => e.node)).toEqual([
      { amount: 760_000, kind: 'RECOVERY', decision: { id: first.data!.issueRecognitionDecision.id } },
    ]);

    // Reports count it under `revoked` only: not among the individuals nor by distinction.
    const report = await eventually(
      () =>
        ok<{
          orgReport: {
            totals: { recognized: number; revoked: number; individuals: number; collectives: number };
            byDistinction: { distinction: { code: string }; count: number }[];
          };
        }>(REPORT, { o: world.school1.id, c: campaign.id }, a),
      (r) => r.orgReport.totals.revoked === 1,
    );
    expect(report.orgReport.totals).toEqual({ recognized: 1, revoked: 1, individuals: 1, collectives: 0 });
    expect(report.orgReport.byDistinction).toEqual([
      { distinction: { code: 'CHIEN_SI_THI_DUA_CO_SO' }, count: 1 },
    ]);
  });

  it('lists as affected only recognitions whose prerequisite window holds the revoked year', async () => {
    const world = await provinceWithSchools('Thu hồi theo năm');
    const admin = `school-admin-${uniqueCode('u')}`;
    await grant(admin, world.school1.id, 'ORG_ADMIN');
    const a = await as(admin);
    const person = await createPerson(world.school1.id, 'Vũ Văn Hai Năm');
    const earlier = await createCampaign(a, world.school1.id, { title: 'Năm học trước', year: Y - 2 });
    await transition(a, earlier.id, 'open');
    const current = await createCampaign(a, world.school1.id, { title: 'Năm học này', year: Y - 1 });
    await transition(a, current.id, 'open');
    const nominate = async (campaignId: string, distinctionCode: string) => {
      const n = await register(a, {
        campaignId,
        distinctionCode,
        submittingOrganizationId: world.school1.id,
        nomineePersonId: person.id,
      });
      await approved(a, n.id);
      return n.id;
    };
    const issue = async (number: string, nominationIds: string[]) =>
      ok(
        ISSUE,
        {
          input: {
            organizationId: world.school1.id,
            number,
            decidedAt: new Date().toISOString(),
            signer: 'Hiệu trưởng',
            title: 'Công nhận danh hiệu thi đua',
            nominationIds,
          },
        },
        a,
      );
    // Lao động tiên tiến two years running, then Chiến sĩ thi đua cơ sở in the second year: its
    // prerequisite (Lao động tiên tiến the same year) relies on the second year's only.
    const ldttEarlier = await nominate(earlier.id, 'LAO_DONG_TIEN_TIEN');
    await issue('60/QĐ', [ldttEarlier]);
    const ldttCurrent = await nominate(current.id, 'LAO_DONG_TIEN_TIEN');
    await issue('61/QĐ', [ldttCurrent]);
    const cstd = await nominate(current.id, 'CHIEN_SI_THI_DUA_CO_SO');
    await issue('62/QĐ', [cstd]);

    const revokeOf = (id: string, n: string) =>
      ok<{ revokeRecognition: { stage: string; revocation: { affected: { id: string }[] } } }>(
        REVOKE,
        { id, n, at: new Date().toISOString(), r: 'Hồ sơ không đạt tiêu chuẩn khi kiểm tra lại' },
        a,
      );
    // The earlier year's revoked: the Chiến sĩ thi đua did not rely on it.
    const first = (await revokeOf(ldttEarlier, '70/QĐ')).revokeRecognition;
    expect(first.stage).toBe('REVOKED');
    expect(first.revocation.affected.map((x) => x.id)).toEqual([]);
    // The same year's revoked: it did.
    const second = (await revokeOf(ldttCurrent, '71/QĐ')).revokeRecognition;
    expect(second.revocation.affected.map((x) => x.id)).toEqual([cstd]);
  });
});
