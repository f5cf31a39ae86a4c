import { codes, graphql, ok, uniqueCode } from '@laurel/testing';
import { createCampaign, vnTime, Y } from './campaign-flows';
import { as, grant, provinceWithSchools } from './flows';

const RULES = `query($id: ID!) { campaign(id: $id) { year rules {
  code inForceFrom inForceTo issuerId source standardVi
  ratioCap { code share { numerator denominator } source }
  vote { threshold { numerator denominator } base comparison confirmed source }
  prerequisites { target requirements { kind code times consecutive reach } source }
} } }`;

interface Rules {
  code: string;
  inForceFrom: string;
  source: string;
  issuerId: string | null;
  standardVi: string | null;
  ratioCap: { code: string; share: { numerator: number; denominator: number }; source: string } | null;
  vote: {
    threshold: { numerator: number; denominator: number };
    base: string;
    confirmed: boolean;
    source: string;
  };
  prerequisites: { requirements: { kind: string; code: string | null; times: number | null }[] }[];
}

describe('a campaign is judged by the rules in force at its dates', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  const provinceAdmin = `province-admin-${uniqueCode('u')}`;

  beforeAll(async () => {
    world = await provinceWithSchools('Quy định');
    await grant(provinceAdmin, world.province.id, 'ORG_ADMIN');
  });

  const rulesOf = async (id: string) =>
    (await ok<{ campaign: { rules: Rules[] } }>(RULES, { id }, await as(provinceAdmin))).campaign.rules;

  it('a 2020 campaign has the 15% cap of Decree 91/2017 on Chiến sĩ thi đua cơ sở; a current one does not', async () => {
    const codes = ['CHIEN_SI_THI_DUA_CO_SO', 'CHIEN_SI_THI_DUA_CAP_TINH'];
    const old = await createCampaign(await as(provinceAdmin), world.province.id, {
      title: 'Năm 2020',
      year: 2020,
      registrationDeadline: vnTime('2020-03-23'),
      proposalDeadline: vnTime('2020-11-30'),
      escalationDeadline: vnTime('2020-12-20'),
      distinctionCodes: codes,
    });
    const current = await createCampaign(await as(provinceAdmin), world.province.id, {
      title: 'Năm hiện hành',
      distinctionCodes: codes,
    });

    const then = await rulesOf(old.id);
    const cs2020 = then.find((r) => r.code === 'CHIEN_SI_THI_DUA_CO_SO')!;
    expect(cs2020.ratioCap).toMatchObject({
      code: 'LAO_DONG_TIEN_TIEN',
      share: { numerator: 3, denominator: 20 },
    });
    expect(cs2020.ratioCap!.source).toContain('91/2017');

    const now = await rulesOf(current.id);
    const csNow = now.find((r) => r.code === 'CHIEN_SI_THI_DUA_CO_SO')!;
    expect(csNow.ratioCap).toBeNull();
    // The current decree's council figures are carried over and marked as not yet confirmed.
    expect(csNow.vote).toMatchObject({ base: 'TOTAL_MEMBERS', confirmed: false });
    expect(csNow.source).toContain('152/2025');
    // Cấp tỉnh: three consecutive times cơ sở plus a provincial initiative (Law 06/2022).
    const provincial = now.find((r) => r.code === 'CHIEN_SI_THI_DUA_CAP_TINH')!;
    expect(provincial.vote).toMatchObject({
      threshold: { numerator: 9, denominator: 10 },
      base: 'TOTAL_MEMBERS',
    });
    expect(provincial.prerequisites[0]!.requirements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'DISTINCTION',
          code: 'CHIEN_SI_THI_DUA_CO_SO',
          times: 3,
          consecutive: true,
        }),
        expect.objectContaining({ kind: 'INITIATIVE', reach: 'PROVINCE' }),
      ]),
    );
  });

  it('a province`s own standard for a delegated title applies to its campaigns from its date', async () => {
    const res = await ok<{ setDistinctionStandard: { issuerId: string; inForceFrom: string } }>(
      `mutation($input: SetDistinctionStandardInput!) { setDistinctionStandard(input: $input) { issuerId inForceFrom } }`,
      {
        input: {
          code: 'LAO_DONG_TIEN_TIEN',
          issuerId: world.province.id,
          inForceFrom: `${Y}-01-01`,
          standardVi: 'Hoàn thành tốt nhiệm vụ, chấp hành tốt chủ trương, chính sách (tiêu chuẩn của tỉnh)',
          source: `Quyết định 01/${Y}/QĐ-UBND, Điều 2`,
        },
      },
      await as(provinceAdmin),
    );
    expect(res.setDistinctionStandard).toEqual({ issuerId: world.province.id, inForceFrom: `${Y}-01-01` });

    const campaign = await createCampaign(await as(provinceAdmin), world.province.id, {
      title: 'Theo tiêu chuẩn của tỉnh',
      distinctionCodes: ['LAO_DONG_TIEN_TIEN'],
    });
    const [rules] = await rulesOf(campaign.id);
    expect(rules).toMatchObject({ code: 'LAO_DONG_TIEN_TIEN', issuerId: world.province.id });
    expect(rules!.standardVi).toContain('tiêu chuẩn của tỉnh');

    // A school's campaign inside the province inherits the province's standard.
    const schoolAdmin = `school-admin-${uniqueCode('u')}`;
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
    const school = await createCampaign(await as(schoolAdmin), world.school1.id, {
      title: 'Trường theo tỉnh',
      distinctionCodes: ['LAO_DONG_TIEN_TIEN'],
    });
    const [schoolRules] = (
      await ok<{ campaign: { rules: Rules[] } }>(RULES, { id: school.id }, await as(schoolAdmin))
    ).campaign.rules;
    expect(schoolRules!.issuerId).toBe(world.province.id);

    // A school admin may not set the province's standard (it sees the province's campaigns: FORBIDDEN).
    const refused = await graphql(
      `
        mutation ($input: SetDistinctionStandardInput!) {
          setDistinctionStandard(input: $input) {
            issuerId
          }
        }
      `,
      {
        input: {
          code: 'LAO_DONG_TIEN_TIEN',
          issuerId: world.province.id,
          inForceFrom: `${Y + 1}-01-01`,
          standardVi: 'x',
          source: 'y',
        },
      },
      await as(schoolAdmin),
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);
  });
});
